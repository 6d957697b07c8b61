// adb-mcp before its fix: a CommonJS server that `require`s the MCP SDK, with trailing options
// after each handler; the handler is the first callback.
const { exec } = require("child_process");
const M = require("@modelcontextprotocol/sdk/server/mcp.js");
const { z } = require("zod");

const McpServer = M.McpServer;
const server = new McpServer({ name: "adb", version: "1.0.0" });

server.tool( // expect: tool-unconstrained-capability, tool-missing-approval
  "adb_logcat",
  { filter: z.string().optional() },
  async ({ filter }) => {
    exec(`adb logcat -d ${filter ?? ""}`, () => undefined); // expect: llm-output-to-shell
    return { content: [{ type: "text", text: "ok" }] };
  },
  { description: "Read the device log" },
);
