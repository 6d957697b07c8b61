// anything-llm's aibitat plugins before GHSA-jwjx-mw2p-5wc7: the tool object is built inside a
// plugin, named `this.name`, and its database client comes from a factory in another module.
import { getDBClient } from "./lib/aibitat/connectors";

export const getTableSchema = {
  name: "sql-get-table-schema",
  plugin() {
    return {
      name: this.name,
      setup(aibitat: { function: (definition: unknown) => void }) {
        aibitat.function({ // expect: tool-unconstrained-capability, tool-missing-approval
          name: this.name,
          description: "Get the schema of a table",
          parameters: { type: "object", properties: { table_name: { type: "string" } } },
          handler: async function ({ table_name }: { table_name: string }) {
            const db = getDBClient("postgresql");
            return JSON.stringify(await db.runQuery(db.getTableSchemaSql(table_name)));
          },
        });
      },
    };
  },
};
