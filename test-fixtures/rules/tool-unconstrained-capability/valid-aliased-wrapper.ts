// A registration helper whose instrumentation holds the callback under another name before calling it
// (Cloudflare's `trackTool`): the helper's own SDK call is no tool; its callers are.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

type Callback = (input: { city: string }) => Promise<{ content: { type: "text"; text: string }[] }>;

const server = new McpServer({ name: "weather", version: "1.0.0" });

function tracked(name: string, callback: Callback): Callback {
  const invoke = callback as unknown as (...args: unknown[]) => Promise<{ content: { type: "text"; text: string }[] }>;
  return (async (...args: unknown[]) => {
    const started = Date.now();
    const result = await invoke(...args);
    console.log(name, Date.now() - started);
    return result;
  }) as unknown as Callback;
}

const registerTool = (name: string, config: { description: string; inputSchema: { city: z.ZodString } }, callback: Callback) => server.registerTool(name, config, tracked(name, callback));

registerTool("forecast", { description: "Weather for a city", inputSchema: { city: z.string() } }, async ({ city }) => ({ content: [{ type: "text", text: `Sunny in ${city}` }] }));
