// True positives: agent tool inputs are chosen by the model.
import { execSync, exec } from "node:child_process";
import { tool } from "ai";
import { tool as lcTool } from "@langchain/core/tools";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { createTool } from "@mastra/core/tools";
import { z } from "zod";

export const tools = {
  shell: tool({ // expect: tool-unconstrained-capability, tool-missing-approval
    description: "Run a shell command",
    inputSchema: z.object({ command: z.string(), timeoutMs: z.number().optional() }),
    execute: async ({ command }) => execSync(command, { encoding: "utf8" }), // expect: llm-output-to-shell
  }),
};

export const grep = lcTool( // expect: tool-unconstrained-capability, tool-missing-approval
  async ({ pattern }) => execSync(`grep -rn ${pattern} .`).toString(), // expect: llm-output-to-shell
  { name: "grep", description: "Search the code", schema: z.object({ pattern: z.string() }) },
);

const server = new McpServer({ name: "ops", version: "1.0.0" });
server.tool("run", "Run a command on the host", { cmd: z.string() }, async ({ cmd }) => { // expect: tool-unconstrained-capability, tool-missing-approval
  const output = execSync(cmd).toString(); // expect: llm-output-to-shell
  return { content: [{ type: "text", text: output }] };
});

server.registerTool("restart", { description: "Restart a service", inputSchema: { service: z.string() } }, async (input) => { // expect: tool-unconstrained-capability, tool-missing-approval
  exec(`systemctl restart ${input.service}`); // expect: llm-output-to-shell
  return { content: [{ type: "text", text: "ok" }] };
});

export const mastraTool = createTool({ // expect: tool-unconstrained-capability, tool-missing-approval
  id: "run-script",
  description: "Runs a script",
  inputSchema: z.object({ script: z.string() }),
  execute: async ({ context }) => execSync(context.script).toString(), // expect: llm-output-to-shell
});
