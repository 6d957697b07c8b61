// A read-only validator is believed for what its body shows, not for its name: `validateQuery`
// forwards to a check that only refuses known-bad keywords, so `$') UNION ALL SELECT …` (no `;`)
// still reaches the query — the shape of db-mcp's JSON-path injection.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import Database from "better-sqlite3";
import { z } from "zod";
import { Store } from "./lib/keyword-filter/store";

const store = new Store(new Database("app.db"));
const server = new McpServer({ name: "json-db", version: "1.0.0" });

server.registerTool("json_keys", { description: "Keys of a JSON column", inputSchema: { table: z.enum(["events", "users"]), attribute: z.string() } }, async ({ table, attribute }) => { // expect: tool-unconstrained-capability, tool-missing-approval
  const rows = store.readRows(`SELECT DISTINCT key FROM ${table}, json_each(${table}.data, '${attribute}')`);
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});
