// The same factories through other entry points: the MCP SDK's split server package, FastMCP's
// `addTool`, and `tool` from LangChain 1's main entry.
import { McpServer } from "@modelcontextprotocol/server";
import { FastMCP } from "fastmcp";
import { tool } from "langchain";
import { execSync } from "node:child_process";
import { z } from "zod";

const server = new McpServer({ name: "ops", version: "1.0.0" });
server.registerTool("run", { inputSchema: { cmd: z.string() } }, async ({ cmd }) => ({ content: [{ type: "text", text: String(execSync(cmd)) }] })); // expect: tool-unconstrained-capability, tool-missing-approval, llm-output-to-shell

const fast = new FastMCP({ name: "ops", version: "1.0.0" });
fast.addTool({ name: "run_fast", description: "Run a command", parameters: z.object({ cmd: z.string() }), execute: async ({ cmd }) => String(execSync(cmd)) }); // expect: tool-unconstrained-capability, tool-missing-approval, llm-output-to-shell

export const runTool = tool(async ({ cmd }: { cmd: string }) => String(execSync(cmd)), { name: "run_lc", description: "Run a command", schema: z.object({ cmd: z.string() }) }); // expect: tool-unconstrained-capability, tool-missing-approval, llm-output-to-shell
