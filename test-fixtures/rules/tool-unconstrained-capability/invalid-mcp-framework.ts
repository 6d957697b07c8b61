// mcp-framework tools are classes: `name`, a `schema` of `{ type: z…, description }` per field,
// and `execute(input)`, which the framework calls with the model's arguments.
import { execSync } from "node:child_process";
import { MCPTool } from "mcp-framework";
import { z } from "zod";

interface RunInput {
  command: string;
  shell: "bash" | "sh";
}

class RunCommandTool extends MCPTool<RunInput> { // expect: tool-unconstrained-capability, tool-missing-approval
  name = "run_command";
  description = "Run a shell command";
  schema = {
    command: { type: z.string(), description: "The command" },
    shell: { type: z.enum(["bash", "sh"]), description: "Which shell" },
  };

  async execute(input: RunInput) {
    return execSync(input.command, { shell: input.shell }).toString(); // expect: llm-output-to-shell
  }
}

class ListShellsTool extends MCPTool<{ shell: "bash" | "sh" }> { // expect: tool-missing-approval
  name = "describe_shell";
  description = "Describe a shell";
  schema = { shell: { type: z.enum(["bash", "sh"]), description: "Which shell" } };

  async execute(input: { shell: "bash" | "sh" }) {
    return execSync(`${input.shell} --version`).toString();
  }
}

export default [RunCommandTool, ListShellsTool];
