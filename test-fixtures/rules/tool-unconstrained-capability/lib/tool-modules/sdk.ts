// The project's own barrel of third-party APIs: the SDK's server and zod, re-exported.
export { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
export { z as zod } from "zod";
