// Tool objects whose schema is held in a constant of another module (the database MCP servers of
// one author write nearly every tool so): the model's `role` and `user` reach the SQL text; a name
// checked by an imported validator whose body shows an anchored pattern does not.
import mysql from "mysql2/promise";
import { RoleAssignSchema, TableStatsSchema } from "./lib/db-tools/schemas";
import { validateIdentifier } from "./lib/db-tools/identifiers";

const pool = mysql.createPool({ host: "localhost" });

export const roleAssignTool = { // expect: tool-unconstrained-capability, tool-missing-approval
  name: "mysql_role_assign",
  description: "Grant a role to a user",
  inputSchema: RoleAssignSchema,
  handler: async (params: unknown) => {
    const { role, user } = RoleAssignSchema.parse(params);
    await pool.query(`GRANT '${role}' TO '${user}'@'%'`); // expect: llm-output-to-sql
    return { content: [{ type: "text", text: "granted" }] };
  },
};

export const tableStatsTool = { // expect: tool-missing-approval
  name: "mysql_table_stats",
  description: "Statistics of a table",
  inputSchema: TableStatsSchema,
  handler: async (params: unknown) => {
    const { table } = TableStatsSchema.parse(params);
    validateIdentifier(table);
    const [rows] = await pool.query(`ANALYZE TABLE \`${table}\``);
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  },
};
