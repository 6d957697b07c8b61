// fetcher-mcp before its fix: the dispatcher looks the handler up in a table by the tool's name and
// calls it with the model's arguments; the handler fetches whatever URL it is given.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { toolHandlers, tools } from "./lib/handler-table";

const server = new Server({ name: "fetcher", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const handler = toolHandlers[request.params.name];
  if (!handler) throw new Error(`Unknown tool: ${request.params.name}`);
  return handler(request.params.arguments);
});
