// Flags built from the tool's options with `Object.entries` and joined into a command line (the
// Heroku MCP server's command builder, here run through a shell).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { execSync } from "node:child_process";
import { z } from "zod";

function buildCommand(command: string, flags: Record<string, string | undefined>): string {
  const parts = [command];
  for (const [flag, value] of Object.entries(flags)) if (value !== undefined) parts.push(`--${flag}=${value}`);
  return parts.join(" ");
}

const server = new McpServer({ name: "cli", version: "1.0.0" });

server.registerTool("list_apps", { description: "List apps", inputSchema: { team: z.string().optional(), space: z.string().optional() } }, async ({ team, space }) => { // expect: tool-unconstrained-capability, tool-missing-approval
  const output = execSync(buildCommand("heroku apps", { team, space })).toString(); // expect: llm-output-to-shell
  return { content: [{ type: "text", text: output }] };
});
