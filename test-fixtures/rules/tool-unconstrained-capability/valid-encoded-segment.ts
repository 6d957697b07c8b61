// The fix: the processor name is constrained by an anchored pattern with no dot, so no '..' gets
// into the DELETE's path; the read-only GET of another tool takes any name.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { CloudTool } from "./lib/openapi/cloud-tool";
import { Session } from "./lib/openapi/api-client";

const PROCESSOR_NAME = /^[A-Za-z0-9_-]{1,64}$/;

class ProcessorTools extends CloudTool {
  async remove(args: { group: string; name: string }) {
    await this.apiClient.deleteProcessor({ params: { path: { group: args.group, name: args.name } } });
    return { content: [{ type: "text" as const, text: `deleted ${args.name}` }] };
  }

  async show(args: { group: string; name: string }) {
    const processor = await this.apiClient.getProcessor({ params: { path: { group: args.group, name: args.name } } });
    return { content: [{ type: "text" as const, text: JSON.stringify(processor) }] };
  }
}

const server = new McpServer({ name: "cloud", version: "1.0.0" });
const tools = new ProcessorTools(new Session());
server.tool("delete_processor", "Delete a stream processor", { group: z.string().regex(/^[0-9a-f]{24}$/), name: z.string().regex(PROCESSOR_NAME) }, async (args) => tools.remove(args));
server.tool("show_processor", "Show a stream processor", { group: z.string().regex(/^[0-9a-f]{24}$/), name: z.string() }, async (args) => tools.show(args));
