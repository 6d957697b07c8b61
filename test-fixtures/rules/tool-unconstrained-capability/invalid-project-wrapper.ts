// A project's own `tool(...)` helper forwards to `registerTool` with a cast handler that calls the
// callback (mobile-mcp before PR #296): the model's `saveTo` still reaches the write, and each call
// of the helper is a tool of its own, reported where it is defined.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import fs from "node:fs";
import { z } from "zod";

const server = new McpServer({ name: "mobile", version: "1.0.0" });

const tool = (name: string, description: string, schema: Record<string, z.ZodType>, cb: (args: any) => Promise<string>) => {
  server.registerTool(name, { description, inputSchema: schema }, (async (args: any, _extra: any) => {
    const response = await cb(args);
    return { content: [{ type: "text", text: response }] };
  }) as any);
};

tool("save_screenshot", "Save a screenshot to a file", { saveTo: z.string() }, async ({ saveTo }) => { // expect: tool-unconstrained-capability, tool-missing-approval
  fs.writeFileSync(saveTo, Buffer.from("png")); // expect: llm-output-to-file-path
  return `saved to ${saveTo}`;
});
