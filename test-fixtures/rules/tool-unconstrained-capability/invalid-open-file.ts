// Files opened by handle (`fs.open`, `fs.promises.open`) are file access like `readFile`: a memory
// tool that opens a model-chosen path (the Anthropic SDK's memory tool before its fix checked it
// with a bare prefix).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import fs from "node:fs/promises";
import { z } from "zod";

const server = new McpServer({ name: "memory", version: "1.0.0" });

server.registerTool("memory_view", { description: "Show a memory file", inputSchema: { path: z.string() } }, async ({ path }) => { // expect: tool-unconstrained-capability
  const handle = await fs.open(path, "r"); // expect: llm-output-to-file-path
  const text = await handle.readFile("utf8");
  await handle.close();
  return { content: [{ type: "text", text }] };
});
