// A helper named like a path validator whose check cannot fail: `path.resolve` has already removed
// every `..`, so testing the resolved path for `..` admits any file (mcp-google-workspace's
// attachment download before its fix).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

function validateSavePath(savePath: string): string {
  const resolved = path.resolve(savePath);
  if (resolved.includes("..")) throw new Error("path traversal is not allowed");
  return resolved;
}

const server = new McpServer({ name: "mail", version: "1.0.0" });

server.registerTool("save_attachment", { description: "Save an attachment to disk", inputSchema: { save_to_disk: z.string(), data: z.string() } }, async ({ save_to_disk, data }) => { // expect: tool-unconstrained-capability, tool-missing-approval
  fs.writeFileSync(validateSavePath(save_to_disk), Buffer.from(data, "base64")); // expect: llm-output-to-file-path
  return { content: [{ type: "text", text: "saved" }] };
});
