// A file name with no separator that is not `..` stays in the directory it is joined onto
// (gitlab-mcp's fix opens the artifact file this way, by handle).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const OUTPUT_DIR = path.resolve("artifacts");

function openOutput(filename: string): number {
  if (!filename || filename === "." || filename === ".." || filename.includes("/") || filename.includes("\\") || filename.includes(path.sep)) {
    throw new Error("directory separators are not allowed in the file name");
  }
  return fs.openSync(path.join(OUTPUT_DIR, filename), "wx");
}

const server = new McpServer({ name: "ci", version: "1.0.0" });

server.registerTool("save_log", { description: "Save a job log", inputSchema: { file_name: z.string(), log: z.string() } }, async ({ file_name, log }) => {
  const fd = openOutput(file_name);
  fs.writeSync(fd, log);
  fs.closeSync(fd);
  return { content: [{ type: "text", text: "saved" }] };
});
