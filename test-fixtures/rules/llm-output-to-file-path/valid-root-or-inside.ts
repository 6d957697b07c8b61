// The confinement idiom written with the root itself allowed: inside the root, or the root. (Writes
// without approval are still reported as such.)
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const server = new McpServer({ name: "screens", version: "1.0.0" });
const root = process.cwd();

server.tool("save_screenshot", "Save a screenshot", { filePath: z.string() }, async ({ filePath }) => { // expect: tool-missing-approval
  const full = path.resolve(filePath);
  if (!full.startsWith(root + path.sep) && full !== root) throw new Error("The file must be inside the working directory");
  fs.writeFileSync(full, "png");
  return { content: [{ type: "text", text: full }] };
});

server.tool("save_report", "Save a report", { filePath: z.string() }, async ({ filePath }) => { // expect: tool-missing-approval
  const full = path.resolve(root, filePath);
  if (full === root || full.startsWith(root + path.sep)) fs.writeFileSync(full, "report");
  return { content: [{ type: "text", text: full }] };
});
