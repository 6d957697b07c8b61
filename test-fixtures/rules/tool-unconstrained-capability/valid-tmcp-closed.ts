// The same tmcp tool with the table name closed by its valibot schema: a picklist, or a pipe
// with an anchored identifier pattern.
import { McpServer } from "tmcp";
import * as v from "valibot";
import * as sqlite from "./lib/sqlite";

const server = new McpServer({ name: "sqlite-tools", version: "1.0.0", description: "sqlite" }, { capabilities: { tools: {} } });

server.tool( // expect: tool-missing-approval
  { name: "describe_known_table", description: "Describe a table", schema: v.object({ table: v.picklist(["users", "orders"]) }) },
  async ({ table }) => ({ content: [{ type: "text", text: JSON.stringify(sqlite.describeTable("db.sqlite", table)) }] }),
);

server.tool( // expect: tool-missing-approval
  { name: "describe_named_table", description: "Describe a table", schema: v.object({ table: v.pipe(v.string(), v.regex(/^[a-z_]+$/)) }) },
  async ({ table }) => ({ content: [{ type: "text", text: JSON.stringify(sqlite.describeTable("db.sqlite", table)) }] }),
);
