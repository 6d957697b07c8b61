// One wrapper around every handler (context+'s `withRequestActivity`): each tool's callback gets its
// own tool's input, so `file_path` of propose_commit reaches the read, and get_tree (whose callback
// only echoes its input) is not blamed for it.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { readFile } from "node:fs/promises";
import { z } from "zod";

const server = new McpServer({ name: "context", version: "1.0.0" });

function withRequestActivity<T>(handler: (args: T) => Promise<{ content: { type: "text"; text: string }[] }>) {
  return async (args: T) => {
    process.stderr.write("busy\n");
    return handler(args);
  };
}

server.tool("get_tree", "List the tree", { target_path: z.string().optional() }, withRequestActivity(async ({ target_path }) => ({ content: [{ type: "text", text: `tree of ${target_path ?? "."}` }] })));

server.tool("propose_commit", "Back up a file", { file_path: z.string() }, withRequestActivity(async ({ file_path }) => { // expect: tool-unconstrained-capability
  const before = await readFile(file_path, "utf8"); // expect: llm-output-to-file-path
  return { content: [{ type: "text", text: before }] };
}));
