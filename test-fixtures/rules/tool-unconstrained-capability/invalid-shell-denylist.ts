// A refusal that leaves shell metacharacters through (no `$` nor backtick: command substitution
// still works), and a check of one argument while another reaches the same command.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { execSync } from "node:child_process";
import { z } from "zod";

const server = new McpServer({ name: "scripts", version: "1.0.0" });

server.tool("run_script", "Run an npm script", { project: z.string(), args: z.string() }, async ({ project, args }) => { // expect: tool-unconstrained-capability, tool-missing-approval
  if (/[;&|]/.test(args)) throw new Error("no chaining");
  const output = execSync(`cd ${JSON.stringify(project)} && npm test ${args}`); // expect: llm-output-to-shell
  return { content: [{ type: "text", text: output.toString() }] };
});
