// A concrete tool class that registers itself under its own name and schema, with a method of its
// own as the handler: it is the tool `run_cmd`, and the model's command reaches a shell.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { execSync } from "node:child_process";

class RunTool { // expect: tool-unconstrained-capability, tool-missing-approval
  name = "run_cmd";
  schema = { cmd: z.string(), timeout: z.number().optional() };

  register(server: McpServer): void {
    server.tool(this.name, "Run a command", this.schema, this.run.bind(this));
  }

  async run(args: { cmd: string; timeout?: number }) {
    return { content: [{ type: "text" as const, text: execSync(args.cmd, { timeout: args.timeout }).toString() }] }; // expect: llm-output-to-shell
  }
}

const server = new McpServer({ name: "ops", version: "1.0.0" });
new RunTool().register(server);
