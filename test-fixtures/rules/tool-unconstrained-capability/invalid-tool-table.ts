// codehooks-mcp-server before its fix: a table of tools with zod schemas, the called tool found in
// it by name and its arguments parsed by that entry's schema before reaching a shell (the tool list
// is mapped from the table, which the inventory does not read yet: the flow is still reported).
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { exec } from "node:child_process";
import { z } from "zod";
import { zodToJsonSchema } from "zod-to-json-schema";

const queryCollectionSchema = z.object({ collection: z.string(), query: z.string().optional() });
const tools = [{ name: "query_collection", description: "Query a collection", schema: queryCollectionSchema }];

const server = new Server({ name: "codehooks", version: "1.0.0" }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: tools.map((t) => ({ name: t.name, description: t.description, inputSchema: zodToJsonSchema(t.schema) })),
}));
server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const tool = tools.find((t) => t.name === request.params.name);
  if (!tool) throw new Error("unknown tool");
  const args = tool.schema.parse(request.params.arguments);
  exec(`coho query ${args.collection} --query '${args.query ?? ""}'`, () => undefined); // expect: llm-output-to-shell
  return { content: [{ type: "text", text: "ok" }] };
});
