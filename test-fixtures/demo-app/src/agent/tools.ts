import { tool } from "ai";
import { z } from "zod";
import { execSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";

const DOCS_ROOT = path.resolve("docs");

export const tools = {
  // A shell with a free-form command and no approval step: the model decides what runs.
  runDiagnostics: tool({ // expect: tool-unconstrained-capability, tool-missing-approval
    description: "Run a diagnostic command on the support server",
    inputSchema: z.object({ command: z.string() }),
    execute: async ({ command }) => execSync(command).toString(), // expect: llm-output-to-shell
  }),

  // Read-only and confined to the docs folder: fine.
  readDoc: tool({
    description: "Read a help-center article",
    inputSchema: z.object({ slug: z.enum(["billing", "shipping", "returns"]) }),
    execute: async ({ slug }) => {
      const file = path.resolve(DOCS_ROOT, `${slug}.md`);
      if (!file.startsWith(DOCS_ROOT)) throw new Error("outside docs");
      return readFile(file, "utf8");
    },
  }),
};
