// A validator called for its throw whose body is only a bare prefix test does not confine:
// `/srv/data-evil` starts with `/srv/data` (CVE-2025-53110).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const root = "/srv/data";

function assertSafePath(filePath: string): void {
  if (!path.resolve(filePath).startsWith(root)) throw new Error("outside the root");
}

const server = new McpServer({ name: "files", version: "1.0.0" });

server.registerTool("write_note", { description: "Write a note", inputSchema: { file: z.string(), text: z.string() } }, async ({ file, text }) => { // expect: tool-unconstrained-capability, tool-missing-approval
  assertSafePath(file);
  fs.writeFileSync(file, text); // expect: llm-output-to-file-path
  return { content: [{ type: "text", text: "ok" }] };
});
