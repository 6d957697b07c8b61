// mcp-searxng before its fix: undici's fetch called through a cast, with the model's URL.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { fetch as undiciFetch } from "undici";
import { z } from "zod";

const server = new McpServer({ name: "reader", version: "1.0.0" });

server.registerTool("web_url_read", { inputSchema: { url: z.string() } }, async ({ url }) => { // expect: tool-unconstrained-capability
  const response = await (undiciFetch as unknown as typeof fetch)(url, {}); // expect: llm-output-to-url
  return { content: [{ type: "text" as const, text: await response.text() }] };
});
