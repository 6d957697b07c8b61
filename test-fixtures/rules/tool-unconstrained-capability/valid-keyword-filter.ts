// The fix of the same shape: the JSON path is checked against an anchored pattern (after a prefix
// test, which alone would not do) before it is quoted into the statement.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import Database from "better-sqlite3";
import { z } from "zod";
import { checkAttributePath } from "./lib/keyword-filter/checks";
import { Store } from "./lib/keyword-filter/store";

const store = new Store(new Database("app.db"));
const server = new McpServer({ name: "json-db", version: "1.0.0" });

server.registerTool("json_keys", { description: "Keys of a JSON column", inputSchema: { table: z.enum(["events", "users"]), attribute: z.string() } }, async ({ table, attribute }) => { // expect: tool-missing-approval
  checkAttributePath(attribute);
  const rows = store.readRows(`SELECT DISTINCT key FROM ${table}, json_each(${table}.data, '${attribute}')`);
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});
