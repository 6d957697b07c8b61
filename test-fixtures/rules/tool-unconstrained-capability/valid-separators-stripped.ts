// tradingview-mcp after its fix: every path separator in the model's file name is replaced, so the
// screenshot stays one file inside its directory.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const server = new McpServer({ name: "charts", version: "1.0.0" });
const SCREENSHOT_DIR = "/srv/screenshots";

server.tool("capture_screenshot", "Save a chart screenshot", { filename: z.string().optional(), region: z.string() }, async ({ filename, region }) => { // expect: tool-missing-approval
  const fname = (filename || `tv_${region}_${Date.now()}`).replace(/[\/\\]/g, "_");
  writeFileSync(join(SCREENSHOT_DIR, `${fname}.png`), Buffer.from("png"));
  return { content: [{ type: "text", text: fname }] };
});
