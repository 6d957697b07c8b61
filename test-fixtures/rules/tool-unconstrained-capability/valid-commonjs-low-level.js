// The same CommonJS server after the fix: every value is stripped of the characters that end or
// nest a shell command (newlines included) before it is put in the command line.
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { CallToolRequestSchema, ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const { execSync } = require("child_process");

function sanitizeShellArg(arg) {
  if (typeof arg !== "string") return "";
  return arg
    .replace(/\0/g, "")
    .replace(/[\r\n]/g, "")
    .replace(/[`$(){}|;&<>!'"\\]/g, "")
    .slice(0, 4096);
}

const server = new Server({ name: "workers", version: "1.0.0" }, { capabilities: { tools: {} } });

const TOOLS = [
  { name: "workers_create", description: "Create a background worker", inputSchema: { type: "object", properties: { name: { type: "string" } } } }, // expect: tool-missing-approval
];

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: TOOLS }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  switch (name) {
    case "workers_create": {
      const output = execSync(`npx workers create "${sanitizeShellArg(args.name)}"`, { encoding: "utf-8" });
      return { content: [{ type: "text", text: output }] };
    }
    default:
      throw new Error(`unknown tool ${name}`);
  }
});
