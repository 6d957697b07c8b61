// A workflow step has a tool's shape (an id, a description, a schema, an `execute`), but the app's own
// workflow runs it with its own data: no model chooses its input.
import { createStep } from "@mastra/core/workflows";
import { execSync } from "node:child_process";
import { z } from "zod";

export const buildStep = createStep({
  id: "build",
  description: "Build the project the workflow checked out",
  inputSchema: z.object({ directory: z.string() }),
  outputSchema: z.object({ log: z.string() }),
  execute: async ({ inputData }) => ({ log: String(execSync(`npm --prefix ${inputData.directory} run build`)) }),
});
