// CVE-2025-53110 (MCP filesystem server): a helper named like a confinement check whose only test
// is a bare prefix, so "/srv/data-secrets" passes for the allowed "/srv/data"; arguments read with
// an open zod schema's safeParse, listed through zodToJsonSchema.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { zodToJsonSchema } from "zod-to-json-schema";

const allowedDirectories = process.argv.slice(2).map((dir) => path.resolve(dir));

async function validatePath(requested: string): Promise<string> {
  const absolute = path.resolve(requested);
  const isAllowed = allowedDirectories.some((dir) => absolute.startsWith(dir));
  if (!isAllowed) throw new Error(`Access denied: ${absolute}`);
  return fs.realpath(absolute);
}

const ReadFileArgs = z.object({ path: z.string(), head: z.number().optional() });
const server = new Server({ name: "files", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "read_file", description: "Read a file", inputSchema: zodToJsonSchema(ReadFileArgs) }, // expect: tool-unconstrained-capability
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  switch (name) {
    case "read_file": {
      const parsed = ReadFileArgs.safeParse(args);
      if (!parsed.success) throw new Error(`Invalid arguments: ${parsed.error}`);
      const file = await validatePath(parsed.data.path);
      return { content: [{ type: "text", text: await fs.readFile(file, "utf8") }] }; // expect: llm-output-to-file-path
    }
    default:
      throw new Error(`Unknown tool ${name}`);
  }
});
