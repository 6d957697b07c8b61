// True positives: a low-level MCP server (tool list + CallToolRequestSchema dispatcher).
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { execSync } from "node:child_process";

const server = new Server({ name: "ops", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [{ name: "run_command", description: "Run a command", inputSchema: { type: "object", properties: { command: { type: "string" } } } }], // expect: tool-unconstrained-capability, tool-missing-approval
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  switch (request.params.name) {
    case "run_command": {
      const { command } = request.params.arguments as { command: string };
      return { content: [{ type: "text", text: execSync(command).toString() }] }; // expect: llm-output-to-shell
    }
  }
  throw new Error("unknown tool");
});
