// CVE-2025-53967 (Figma MCP) in miniature: the tool is described by an imported object, its handler
// calls a service object the server injects, and the service's fallback runs curl through a shell.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { DesignService } from "./lib/figma/design-service";
import { getFileTool } from "./lib/figma";

function registerTools(server: McpServer, service: DesignService): void {
  server.tool(getFileTool.name, getFileTool.description, getFileTool.parameters, (params: { fileKey: string }) => getFileTool.handler(params, service)); // expect: tool-unconstrained-capability, tool-missing-approval
}

export function createServer(): McpServer {
  const server = new McpServer({ name: "designs", version: "1.0.0" });
  registerTools(server, new DesignService());
  return server;
}
