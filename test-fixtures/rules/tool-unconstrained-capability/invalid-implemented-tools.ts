// SDK tools the application implements: the SDK calls these methods with the model's arguments.
// Anthropic's memory tool hands `command.path` to the handlers (a prefix check with no separator
// admits `/memories/../memories-backup`); OpenAI Agents' shell tool hands `action.commands` to `run`.
import type { MemoryToolHandlers } from "@anthropic-ai/sdk/helpers/beta/memory";
import type { BetaMemoryTool20250818CreateCommand, BetaMemoryTool20250818ViewCommand } from "@anthropic-ai/sdk/resources/beta";
import { Agent, shellTool, type Shell, type ShellAction } from "@openai/agents";
import { execSync } from "node:child_process";
import * as fs from "node:fs/promises";
import * as path from "node:path";

export class LocalMemory implements MemoryToolHandlers { // expect: tool-unconstrained-capability, tool-unconstrained-capability, tool-missing-approval
  constructor(private readonly root = "./memory/memories") {}

  private resolve(memoryPath: string): string {
    const full = path.resolve(this.root, memoryPath.replace(/^\/memories\/?/, ""));
    if (!full.startsWith(path.resolve(this.root))) throw new Error("outside /memories");
    return full;
  }

  async view(command: BetaMemoryTool20250818ViewCommand): Promise<string> {
    return fs.readFile(this.resolve(command.path), "utf-8"); // expect: llm-output-to-file-path
  }

  async create(command: BetaMemoryTool20250818CreateCommand): Promise<string> {
    await fs.writeFile(this.resolve(command.path), command.file_text, "utf-8"); // expect: llm-output-to-file-path
    return `created ${command.path}`;
  }
}

const shell: Shell = { // expect: tool-unconstrained-capability, tool-missing-approval
  async run(action: ShellAction) {
    const output = action.commands.map((command) => ({ stdout: execSync(command, { encoding: "utf8" }), stderr: "", outcome: { type: "exit" as const, exitCode: 0 } })); // expect: llm-output-to-shell
    return { output };
  },
};

export const agent = new Agent({ name: "ops", tools: [shellTool({ shell })] });
