// The filesystem reference server's validatePath (after CVE-2025-53110): `isAbsolute` only chooses
// how to resolve, and the checks are a helper's verdicts on the resolved and real paths; a validator
// whose body refuses nothing itself is trusted for its name, as before (a first build of this round
// distrusted it for the `isAbsolute` test and reported every file tool of the server).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { isPathWithinAllowedDirectories } from "./lib/allowed/path-validation";

const allowedDirectories = [path.resolve("workspace")];

async function validatePath(requestedPath: string): Promise<string> {
  const absolute = path.isAbsolute(requestedPath) ? path.resolve(requestedPath) : path.resolve(allowedDirectories[0] ?? ".", requestedPath);
  const normalized = path.normalize(absolute);
  const isAllowed = isPathWithinAllowedDirectories(normalized, allowedDirectories);
  if (!isAllowed) throw new Error("Access denied - path outside allowed directories");
  try {
    const realPath = await fs.realpath(absolute);
    if (!isPathWithinAllowedDirectories(realPath, allowedDirectories)) throw new Error("Access denied - symlink target outside allowed directories");
    return realPath;
  } catch (error) {
    // A file not created yet: its parent directory is checked instead.
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    const parent = await fs.realpath(path.dirname(absolute));
    if (!isPathWithinAllowedDirectories(parent, allowedDirectories)) throw new Error("Access denied - parent directory outside allowed directories");
    return absolute;
  }
}

const server = new McpServer({ name: "files", version: "1.0.0" });

server.registerTool("read_text_file", { description: "Read a file", inputSchema: { path: z.string() } }, async (args) => {
  const validPath = await validatePath(args.path);
  return { content: [{ type: "text", text: await fs.readFile(validPath, "utf8") }] };
});
