// Confinement written the way the Anthropic SDK's agent toolset writes it: a path is checked
// against the root or any extra root (`||` with `.some`, or a lookup that only finds a root that
// contains it); a program held in a module constant is fixed, not a shell.
import * as cp from "node:child_process";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { betaTool } from "@anthropic-ai/sdk/helpers/beta/json-schema";

const rgPath = path.join("/usr/bin", "rg");

function isWithin(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

async function containingRoot(roots: readonly string[], target: string): Promise<string | undefined> {
  for (const root of roots) {
    if (isWithin(await fs.realpath(root), target)) return root;
  }
  return undefined;
}

function confineSync(root: string, p: string, extraRoots: string[]): string {
  const real = path.resolve(root, p);
  if (isWithin(root, real) || extraRoots.some((r) => isWithin(r, real))) return real;
  throw new Error("outside the root");
}

async function confine(root: string, p: string, allowedRoots: readonly string[] = []): Promise<string> {
  const real = await fs.realpath(path.resolve(root, p));
  if (isWithin(root, real) || (await containingRoot(allowedRoots, real)) !== undefined) return real;
  throw new Error("outside the root");
}

export const readTool = betaTool({
  name: "read",
  description: "Read a file of the workspace",
  inputSchema: { type: "object", properties: { file_path: { type: "string" } }, required: ["file_path"] },
  run: async ({ file_path }: { file_path: string }) => fs.readFile(await confine("/srv/work", file_path), "utf8"),
});

export const statTool = betaTool({
  name: "stat",
  description: "Size of a file of the workspace",
  inputSchema: { type: "object", properties: { file_path: { type: "string" } }, required: ["file_path"] },
  run: async ({ file_path }: { file_path: string }) => String((await fs.readFile(confineSync("/srv/work", file_path, []))).length),
});

export const grepTool = betaTool({
  name: "grep",
  description: "Search the workspace",
  inputSchema: { type: "object", properties: { pattern: { type: "string" } }, required: ["pattern"] },
  run: async ({ pattern }: { pattern: string }) =>
    new Promise<string>((resolve) => {
      const proc = cp.spawn(rgPath, ["-n", "-e", pattern, "--", "/srv/work"]);
      let out = "";
      proc.stdout.on("data", (d) => (out += d));
      proc.on("close", () => resolve(out));
    }),
});
