// Two tools of one dispatcher share a helper: only the tool whose branch passes the model's URL
// to it is reported (Desktop Commander's shape; before, every tool was blamed).
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";

const server = new Server({ name: "web", version: "1.0.0" }, { capabilities: { tools: {} } });

async function get(url: string) {
  return fetch(url); // expect: llm-output-to-url
}

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "get_config", description: "Read the server's configuration", inputSchema: { type: "object", properties: {} } },
    { name: "fetch_url", description: "Fetch a page", inputSchema: { type: "object", properties: { url: { type: "string" } } } }, // expect: tool-unconstrained-capability
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  switch (name) {
    case "get_config":
      await get("https://config.example.com/settings.json");
      return { content: [{ type: "text", text: "{}" }] };
    case "fetch_url":
      await get(String(args?.url));
      return { content: [{ type: "text", text: "fetched" }] };
  }
  throw new Error(`Unknown tool: ${name}`);
});
