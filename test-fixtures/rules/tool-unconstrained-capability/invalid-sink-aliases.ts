// Sinks known by their value, whatever name holds them: a renamed destructured `require`, a `node:`
// module id, and a member read with a literal key.
import { tool } from "ai";
import * as childProcess from "node:child_process";
import { z } from "zod";

const { execSync: sh } = require("child_process");
const { exec: startCommand } = require("node:child_process");

export const shellTool = tool({ // expect: tool-unconstrained-capability, tool-missing-approval
  description: "Run a command",
  inputSchema: z.object({ command: z.string() }),
  execute: async ({ command }) => String(sh(command)), // expect: llm-output-to-shell
});

export const backgroundTool = tool({ // expect: tool-unconstrained-capability, tool-missing-approval
  description: "Start a command",
  inputSchema: z.object({ command: z.string() }),
  execute: async ({ command }) => {
    startCommand(command); // expect: llm-output-to-shell
    return "started";
  },
});

export const keyedTool = tool({ // expect: tool-unconstrained-capability, tool-missing-approval
  description: "Run a command",
  inputSchema: z.object({ command: z.string() }),
  execute: async ({ command }) => {
    const run = childProcess["execSync"];
    return String(run(command)); // expect: llm-output-to-shell
  },
});

// `AsyncFunction`, taken from an async function's prototype, compiles its text like `Function`.
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;

export const codeTool = tool({ // expect: tool-unconstrained-capability, tool-missing-approval
  description: "Run a script against the page",
  inputSchema: z.object({ code: z.string() }),
  execute: async ({ code }) => {
    const script = new AsyncFunction("page", code); // expect: llm-output-to-eval
    return String(await script(undefined));
  },
});
