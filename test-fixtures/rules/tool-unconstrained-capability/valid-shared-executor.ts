// Tools built on a base class whose `safeExecute(ctx, operation)` runs the callback each tool
// passes (mcp-playwright's shape): the click tool runs its own callback, not the screenshot
// tool's, so only the screenshot tool writes files.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { mkdirSync, writeFileSync } from "node:fs";
import { z } from "zod";

abstract class BrowserToolBase {
  protected async safeExecute<T>(context: { page: string }, operation: (page: string) => Promise<T>): Promise<T> {
    return operation(context.page);
  }
}

class ClickTool extends BrowserToolBase {
  execute(selector: string, context: { page: string }) {
    return this.safeExecute(context, async (page) => `${page}: clicked ${selector}`);
  }
}

class ScreenshotTool extends BrowserToolBase {
  execute(name: string, context: { page: string }) {
    return this.safeExecute(context, async (page) => {
      mkdirSync("/srv/shots", { recursive: true });
      writeFileSync(`/srv/shots/shot-${Date.now()}.png`, page);
      return name;
    });
  }
}

const server = new McpServer({ name: "browser", version: "1.0.0" });
const click = new ClickTool();
const screenshot = new ScreenshotTool();

server.tool("click", "Click an element", { selector: z.string() }, async ({ selector }) => ({ content: [{ type: "text", text: await click.execute(selector, { page: "p" }) }] }));
server.tool("screenshot", "Save a screenshot", { name: z.string() }, async ({ name }) => ({ content: [{ type: "text", text: await screenshot.execute(name, { page: "p" }) }] })); // expect: tool-missing-approval
