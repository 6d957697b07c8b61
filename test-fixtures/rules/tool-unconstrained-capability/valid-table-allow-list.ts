// A name checked against the names of a constant tool table (better-notion-mcp's help tool after its
// fix): the table's `name` fields are literals, so the list is an allow-list.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const DOCS_DIR = join(process.cwd(), "docs");
const TOOLS = [
  { name: "pages", description: "Pages" },
  { name: "databases", description: "Databases" },
  { name: "help", description: "Documentation of a tool", inputSchema: { type: "object", properties: { tool_name: { type: "string" } } } },
];

const server = new Server({ name: "notion", version: "1.0.0" }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: TOOLS }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  if (request.params.name === "help") {
    const toolName = String(request.params.arguments?.tool_name);
    const validToolNames = TOOLS.filter((t) => t.name !== "help").map((t) => t.name);
    if (!validToolNames.includes(toolName)) throw new Error(`unknown tool ${toolName}`);
    return { content: [{ type: "text", text: readFileSync(join(DOCS_DIR, `${toolName}.md`), "utf8") }] };
  }
  throw new Error("unknown tool");
});
