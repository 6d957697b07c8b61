// The fix of CVE-2025-53110 and its common variants: the prefix ends in a separator, or the
// relative path is checked, so a sibling directory with the same prefix is refused.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { zodToJsonSchema } from "zod-to-json-schema";

const allowedDirectories = process.argv.slice(2).map((dir) => path.resolve(dir));

function isPathWithinAllowedDirectories(absolute: string, dirs: string[]): boolean {
  return dirs.some((dir) => absolute === dir || absolute.startsWith(dir + path.sep));
}

async function validatePath(requested: string): Promise<string> {
  const absolute = path.resolve(requested);
  if (!isPathWithinAllowedDirectories(absolute, allowedDirectories)) throw new Error(`Access denied: ${absolute}`);
  return fs.realpath(absolute);
}

async function resolveWithinRoot(requested: string): Promise<string> {
  const absolute = path.resolve(allowedDirectories[0] ?? "/srv/data", requested);
  const relative = path.relative(allowedDirectories[0] ?? "/srv/data", absolute);
  if (relative.startsWith("..") || path.isAbsolute(relative)) throw new Error("outside the root");
  return absolute;
}

const ReadFileArgs = z.object({ path: z.string(), head: z.number().optional() });
const server = new Server({ name: "files", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "read_file", description: "Read a file", inputSchema: zodToJsonSchema(ReadFileArgs) },
    { name: "stat_file", description: "Size of a file", inputSchema: zodToJsonSchema(ReadFileArgs) },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  switch (name) {
    case "read_file": {
      const parsed = ReadFileArgs.safeParse(args);
      if (!parsed.success) throw new Error(`Invalid arguments: ${parsed.error}`);
      const file = await validatePath(parsed.data.path);
      return { content: [{ type: "text", text: await fs.readFile(file, "utf8") }] };
    }
    case "stat_file": {
      const { path: requested } = ReadFileArgs.parse(args);
      const file = await resolveWithinRoot(requested);
      return { content: [{ type: "text", text: String((await fs.readFile(file)).length) }] };
    }
    default:
      throw new Error(`Unknown tool ${name}`);
  }
});
