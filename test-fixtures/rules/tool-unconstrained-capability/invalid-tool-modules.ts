// Tools defined one per module through an identity helper, gathered with `Object.values` of the
// modules' namespaces and registered in a loop, through a helper, on a server made from the
// project's own re-export of the SDK (chrome-devtools-mcp's shape): the screenshot's model-chosen
// `filePath` reaches the file writer of the context class the definitions are typed with.
import { tools } from "./lib/tool-modules/all-tools";
import { PageContext } from "./lib/tool-modules/context";
import type { ToolDefinition } from "./lib/tool-modules/define";
import { McpServer } from "./lib/tool-modules/sdk";

const server = new McpServer({ name: "pages", version: "1.0.0" });
const context = new PageContext();

function registerTool(tool: ToolDefinition): void {
  server.registerTool(tool.name, { description: tool.description, inputSchema: tool.schema }, async (params) => { // expect: tool-unconstrained-capability, tool-missing-approval
    const text = await tool.handler({ params }, context);
    return { content: [{ type: "text", text }] };
  });
}

for (const tool of tools) registerTool(tool);
