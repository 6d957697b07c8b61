// Tools made at run time, one per operation of an OpenAPI document (notion-mcp-server's proxy): the
// list's names are computed, so the tools are one family with what the call handler can reach.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema, type Tool } from "@modelcontextprotocol/sdk/types.js";
import fs from "node:fs";

interface Operation { operationId: string; description: string; inputSchema: Tool["inputSchema"]; binaryFields: string[] }
declare const operations: Operation[];
declare function send(operation: Operation, body: Record<string, unknown>): Promise<unknown>;

const server = new Server({ name: "openapi-proxy", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => {
  const tools: Tool[] = [];
  for (const operation of operations) {
    tools.push({ name: `API-${operation.operationId}`, description: operation.description, inputSchema: operation.inputSchema }); // expect: tool-unconstrained-capability
  }
  return { tools };
});

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const operation = operations.find((o) => `API-${o.operationId}` === request.params.name);
  if (!operation) throw new Error("unknown tool");
  const args = request.params.arguments ?? {};
  const body: Record<string, unknown> = { ...args };
  // A multipart field of the document is uploaded from the local path the caller gives.
  for (const field of operation.binaryFields) body[field] = fs.createReadStream(String(args[field])); // expect: llm-output-to-file-path
  return { content: [{ type: "text", text: JSON.stringify(await send(operation, body)) }] };
});
