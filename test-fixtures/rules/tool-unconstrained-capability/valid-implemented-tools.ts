// The same SDK-implemented tools, written safely: the memory root is checked with a trailing
// separator, and the shell runs only commands from a fixed list.
import type { MemoryToolHandlers } from "@anthropic-ai/sdk/helpers/beta/memory";
import type { BetaMemoryTool20250818CreateCommand, BetaMemoryTool20250818ViewCommand } from "@anthropic-ai/sdk/resources/beta";
import { Agent, shellTool, type Shell, type ShellAction } from "@openai/agents";
import { execSync } from "node:child_process";
import * as fs from "node:fs/promises";
import * as path from "node:path";

const ALLOWED_COMMANDS = ["git status", "npm test", "ls"];

export class LocalMemory implements MemoryToolHandlers { // expect: tool-missing-approval
  constructor(private readonly root = "./memory/memories") {}

  private resolve(memoryPath: string): string {
    const root = path.resolve(this.root);
    const full = path.resolve(root, memoryPath.replace(/^\/memories\/?/, ""));
    if (full !== root && !full.startsWith(root + path.sep)) throw new Error("outside /memories");
    return full;
  }

  async view(command: BetaMemoryTool20250818ViewCommand): Promise<string> {
    return fs.readFile(this.resolve(command.path), "utf-8");
  }

  async create(command: BetaMemoryTool20250818CreateCommand): Promise<string> {
    await fs.writeFile(this.resolve(command.path), command.file_text, "utf-8");
    return `created ${command.path}`;
  }
}

const shell: Shell = { // expect: tool-missing-approval
  async run(action: ShellAction) {
    const output = action.commands.map((command) => {
      if (!ALLOWED_COMMANDS.includes(command)) return { stdout: "", stderr: "not allowed", outcome: { type: "exit" as const, exitCode: 1 } };
      return { stdout: execSync(command, { encoding: "utf8" }), stderr: "", outcome: { type: "exit" as const, exitCode: 0 } };
    });
    return { output };
  },
};

export const agent = new Agent({ name: "ops", tools: [shellTool({ shell })] });

// The same kind of shell handed to the SDK's factory with approval: nothing runs unasked.
class ApprovedShell implements Shell {
  async run(action: ShellAction) {
    return { output: action.commands.map((command) => ({ stdout: execSync(command, { encoding: "utf8" }), stderr: "", outcome: { type: "exit" as const, exitCode: 0 } })) };
  }
}

export const reviewedAgent = new Agent({ name: "ops-reviewed", tools: [shellTool({ shell: new ApprovedShell(), needsApproval: true })] });

// …also when the instance is held in a constant first.
class HeldShell implements Shell {
  async run(action: ShellAction) {
    return { output: action.commands.map((command) => ({ stdout: execSync(command, { encoding: "utf8" }), stderr: "", outcome: { type: "exit" as const, exitCode: 0 } })) };
  }
}

const heldShell = new HeldShell();
export const heldAgent = new Agent({ name: "ops-held", tools: [shellTool({ shell: heldShell, needsApproval: true })] });
