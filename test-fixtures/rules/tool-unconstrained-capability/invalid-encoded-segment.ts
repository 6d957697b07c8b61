// A model-chosen name in the path of an openapi-fetch DELETE: encoded as one segment, a lone '..'
// still climbs to the parent resource (`…/processors/..` deletes the group's processors collection).
// Reading it with GET is not reported; the group id is closed by an anchored pattern.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { CloudTool } from "./lib/openapi/cloud-tool";
import { Session } from "./lib/openapi/api-client";

class ProcessorTools extends CloudTool {
  async remove(args: { group: string; name: string }) {
    await this.apiClient.getProcessor({ params: { path: { group: args.group, name: args.name } } });
    await this.apiClient.deleteProcessor({ params: { path: { group: args.group, name: args.name } } });
    return { content: [{ type: "text" as const, text: `deleted ${args.name}` }] };
  }
}

const server = new McpServer({ name: "cloud", version: "1.0.0" });
const tools = new ProcessorTools(new Session());
server.tool("delete_processor", "Delete a stream processor", { group: z.string().regex(/^[0-9a-f]{24}$/), name: z.string() }, async (args) => tools.remove(args)); // expect: tool-unconstrained-capability
