// A low-level MCP server sets up every page tool in one shared branch before dispatching; the
// schema's enum is advertised to the client, never enforced by the low-level server, so the
// model's `engine` reaches a shell when the install fallback runs (mcp-playwright's shape).
// Only the tool that declares `engine` is reported; `page_click` shares the branch, not the field,
// and the install the branch may run is no capability of either tool unless its parameter gets there.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { spawn } from "node:child_process";

const PAGE_TOOLS = ["page_open", "page_click"];

const server = new Server({ name: "pages", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "page_open", description: "Open a page", inputSchema: { type: "object", properties: { address: { type: "number" }, engine: { type: "string", enum: ["chromium", "firefox"] } } } }, // expect: tool-unconstrained-capability, tool-missing-approval
    { name: "page_click", description: "Click", inputSchema: { type: "object", properties: { selector: { type: "string" }, width: { type: "number" } } } },
  ],
}));

function installEngine(engine: string): void {
  spawn("npx", ["playwright", "install", engine], { shell: true }); // expect: llm-output-to-shell
}

async function openBrowser(settings: { engine: string; width?: number }): Promise<string> {
  const { engine } = settings;
  if (!process.env.BROWSER_READY) installEngine(engine);
  return engine;
}

async function handleCall(name: string, args: Record<string, unknown>) {
  if (PAGE_TOOLS.includes(name)) {
    const settings = { engine: String(args.engine || "chromium"), width: Number(args.width) };
    await openBrowser(settings);
  }
  switch (name) {
    case "page_open":
      return { content: [{ type: "text", text: `opened ${Number(args.address)}` }] };
    case "page_click":
      return { content: [{ type: "text", text: `clicked ${String(args.selector).length}` }] };
  }
  throw new Error("unknown tool");
}

server.setRequestHandler(CallToolRequestSchema, async (request) => handleCall(request.params.name, request.params.arguments ?? {}));
