// mcp-sqlite-tools before its fix: a tmcp server (`server.tool({ name, description, schema }, handler)`,
// a valibot schema) whose table name is spliced into a PRAGMA statement, through a barrel and an
// error-handling wrapper.
import { McpServer } from "tmcp";
import * as v from "valibot";
import * as sqlite from "./lib/sqlite";

const server = new McpServer({ name: "sqlite-tools", version: "1.0.0", description: "sqlite" }, { capabilities: { tools: {} } });

server.tool( // expect: tool-unconstrained-capability, tool-missing-approval
  { name: "describe_table", description: "Describe a table", schema: v.object({ table: v.string() }) },
  async ({ table }) => ({ content: [{ type: "text", text: JSON.stringify(sqlite.describeTable("db.sqlite", table)) }] }),
);
