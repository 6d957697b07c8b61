// When one alternative of the check does not confine (a lookup that can return something for any
// path), the path is not confined; a program chosen at run time by a local variable is still a shell.
import * as cp from "node:child_process";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { betaTool } from "@anthropic-ai/sdk/helpers/beta/json-schema";

function isWithin(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return !rel.startsWith("..") && !path.isAbsolute(rel);
}

function firstRoot(roots: readonly string[], target: string): string | undefined {
  if (target.length > 0) return roots[0];
  return undefined;
}

function confine(root: string, p: string, roots: readonly string[]): string {
  const real = path.resolve(root, p);
  if (isWithin(root, real) || firstRoot(roots, real) !== undefined) return real;
  throw new Error("outside the root");
}

export const readTool = betaTool({ // expect: tool-unconstrained-capability
  name: "read",
  description: "Read a file",
  inputSchema: { type: "object", properties: { file_path: { type: "string" } }, required: ["file_path"] },
  run: async ({ file_path }: { file_path: string }) => fs.readFile(confine("/srv/work", file_path, ["/"]), "utf8"), // expect: llm-output-to-file-path
});

export const runTool = betaTool({ // expect: tool-unconstrained-capability, tool-missing-approval
  name: "run",
  description: "Run a tool",
  inputSchema: { type: "object", properties: { program: { type: "string" } }, required: ["program"] },
  run: async ({ program }: { program: string }) => {
    const binary = program;
    return String(cp.spawnSync(binary, ["--version"]).stdout); // expect: llm-output-to-shell
  },
});
