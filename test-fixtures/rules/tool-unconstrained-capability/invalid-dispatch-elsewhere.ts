// Low-level MCP dispatch in another module than the tool list: `case tools.X.name:` and
// `if (name === "…")` with the name taken out of the request, and `case` clauses that fall through to a
// shared body (mcp-server-kubernetes, markdownify-mcp).
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { execSync } from "node:child_process";
import * as tools from "./lib/dispatch/tools";

const server = new Server({ name: "ops", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [tools.ConvertTool, tools.ConvertPageTool, tools.GetPodsTool] }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: input } = request.params;
  if (name === "get_pods") {
    const namespace = String(input?.namespace ?? "default");
    return { content: [{ type: "text", text: execSync(`kubectl get pods -n ${namespace}`).toString() }] }; // expect: llm-output-to-shell
  }
  switch (name) {
    case tools.ConvertPageTool.name:
    case tools.ConvertTool.name: {
      const filepath = String(input?.filepath);
      return { content: [{ type: "text", text: execSync(`markitdown "${filepath}"`).toString() }] }; // expect: llm-output-to-shell
    }
    default:
      throw new Error(`Unknown tool: ${name}`);
  }
});
