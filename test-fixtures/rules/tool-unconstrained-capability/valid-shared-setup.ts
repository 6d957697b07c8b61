// The fix of the same shape: the install fallback runs the program without a shell, so the
// engine name stays one argument.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { spawn } from "node:child_process";

const PAGE_TOOLS = ["page_open", "page_click"];

const server = new Server({ name: "pages", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "page_open", description: "Open a page", inputSchema: { type: "object", properties: { address: { type: "number" }, engine: { type: "string", enum: ["chromium", "firefox"] } } } },
    { name: "page_click", description: "Click", inputSchema: { type: "object", properties: { selector: { type: "string" }, width: { type: "number" } } } },
  ],
}));

function installEngine(engine: string): void {
  spawn("npx", ["playwright", "install", engine]);
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
