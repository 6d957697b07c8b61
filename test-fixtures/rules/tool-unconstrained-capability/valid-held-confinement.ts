// Confinement held in a constant: the relative path from the root must not start with `..${sep}`,
// be `..` itself, or be absolute (aicode-toolkit's fix of its write-to-file tool).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

function insideWorkspace(filePath: string): string {
  const root = path.resolve(process.cwd());
  const resolved = path.resolve(root, filePath);
  const relative = path.relative(root, resolved);
  const isWithin = !relative.startsWith(`..${path.sep}`) && relative !== ".." && !path.isAbsolute(relative);
  if (!isWithin) throw new Error(`${filePath} is outside the workspace`);
  return resolved;
}

const server = new McpServer({ name: "writer", version: "1.0.0" });

server.registerTool("write_file", { description: "Write a file in the workspace", inputSchema: { file_path: z.string(), content: z.string() } }, async ({ file_path, content }) => { // expect: tool-missing-approval
  await writeFile(insideWorkspace(file_path), content);
  return { content: [{ type: "text", text: "written" }] };
});
