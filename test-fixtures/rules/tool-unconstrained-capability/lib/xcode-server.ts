import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

/** The project's own wrapper around the SDK's server. */
export class XcodeServer {
  readonly server = new McpServer({ name: "xcode", version: "1.0.0" });
}
