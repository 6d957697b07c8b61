// A validator called for its throw (`validateOutputPath(saveTo);`, result unused) guards the value
// below it: the fix of mobile-mcp PR #296.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

function validateOutputPath(filePath: string): void {
  const relative = path.relative(os.tmpdir(), path.resolve(filePath));
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) throw new Error("not in the allowed directory");
}

const server = new McpServer({ name: "mobile", version: "1.0.0" });

server.registerTool("save_screenshot", { description: "Save a screenshot", inputSchema: { saveTo: z.string() } }, async ({ saveTo }) => { // expect: tool-missing-approval
  validateOutputPath(saveTo);
  fs.writeFileSync(saveTo, Buffer.from("png"));
  return { content: [{ type: "text", text: `saved to ${saveTo}` }] };
});
