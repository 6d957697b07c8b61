// github-kanban-mcp before its fix: the tool list here, the dispatcher in another module, and the
// shell exported by a helper module as `execAsync = promisify(exec)`.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { handleToolRequest } from "./lib/kanban/handlers";

const server = new Server({ name: "kanban", version: "1.0.0" }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "add_comment", description: "Comment on an issue", inputSchema: { type: "object", properties: { issue_number: { type: "string" } }, required: ["issue_number"] } }, // expect: tool-unconstrained-capability, tool-missing-approval
  ],
}));
server.setRequestHandler(CallToolRequestSchema, handleToolRequest);
