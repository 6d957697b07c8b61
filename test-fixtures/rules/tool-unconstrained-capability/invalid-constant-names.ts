// aicode-toolkit's scaffold server before its fix: tool names held in static constants, in the tool
// list and in the dispatcher (`name === WriteToFileTool.TOOL_NAME`).
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { WriteToFileTool } from "./lib/scaffold/write-to-file-tool";

const writeToFile = new WriteToFileTool();
const server = new Server({ name: "scaffold", version: "1.0.0" }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [writeToFile.getDefinition()] }));
server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  if (name === WriteToFileTool.TOOL_NAME) return writeToFile.execute(args ?? {});
  throw new Error(`Unknown tool: ${name}`);
});
