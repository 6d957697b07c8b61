// Generated tools whose call handler answers from a table in memory: one family, no capability.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema, type Tool } from "@modelcontextprotocol/sdk/types.js";

declare const glossary: Map<string, { summary: string; inputSchema: Tool["inputSchema"] }>;

const server = new Server({ name: "glossary", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => {
  const tools: Tool[] = [];
  for (const [term, entry] of glossary) tools.push({ name: `define-${term}`, description: entry.summary, inputSchema: entry.inputSchema });
  return { tools };
});

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const entry = glossary.get(request.params.name.replace(/^define-/, ""));
  return { content: [{ type: "text", text: entry?.summary ?? "unknown term" }] };
});
