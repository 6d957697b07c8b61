// A constant that only refuses absolute paths confines nothing: `../../.ssh/authorized_keys` is
// relative.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

function insideWorkspace(filePath: string): string {
  const isRelative = !path.isAbsolute(filePath);
  if (!isRelative) throw new Error(`${filePath} is absolute`);
  return path.join(process.cwd(), filePath);
}

const server = new McpServer({ name: "writer", version: "1.0.0" });

server.registerTool("write_file", { description: "Write a file in the workspace", inputSchema: { file_path: z.string(), content: z.string() } }, async ({ file_path, content }) => { // expect: tool-unconstrained-capability, tool-missing-approval
  await writeFile(insideWorkspace(file_path), content); // expect: llm-output-to-file-path
  return { content: [{ type: "text", text: "written" }] };
});
