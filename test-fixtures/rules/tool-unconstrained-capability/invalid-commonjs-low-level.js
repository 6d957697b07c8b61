// A low-level MCP server written in CommonJS: the SDK is loaded with require, the tool list is
// JSON schema and a switch dispatches the calls. The model-chosen worker name reaches a shell.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { CallToolRequestSchema, ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const { execSync } = require("child_process");

const server = new Server({ name: "workers", version: "1.0.0" }, { capabilities: { tools: {} } });

const TOOLS = [
  { name: "workers_create", description: "Create a background worker", inputSchema: { type: "object", properties: { name: { type: "string" }, preset: { type: "string", enum: ["quick-scan", "deep-scan"] } } } }, // expect: tool-unconstrained-capability, tool-missing-approval
];

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: TOOLS }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  switch (name) {
    case "workers_create": {
      const output = execSync(`npx workers create "${args.name}" --preset ${args.preset || "quick-scan"}`, { encoding: "utf-8" }); // expect: llm-output-to-shell
      return { content: [{ type: "text", text: output }] };
    }
    default:
      throw new Error(`unknown tool ${name}`);
  }
});
