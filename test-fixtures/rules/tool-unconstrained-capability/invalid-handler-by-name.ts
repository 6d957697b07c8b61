// A tool whose handler is a function declared in another module and passed by name.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { stopSandbox, stopSchema } from "./lib/sandbox/stop";

const server = new McpServer({ name: "sandbox", version: "1.0.0" });
server.tool("sandbox_stop", "Stop a sandbox container", stopSchema, stopSandbox); // expect: tool-unconstrained-capability, tool-missing-approval
