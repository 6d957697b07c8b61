// The fix of GHSA-6hrp-7mw6-8v59: a leading `-` refused and `--` before the model's arguments; the
// model's text after `--`, or as the value of an option that takes one (`rg -e PATTERN`).
import { execFileSync, spawnSync } from "node:child_process";
import { rgPath } from "@vscode/ripgrep";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function search(question: string) {
  const { text: pattern } = await generateText({ model: openai("gpt-4o-mini"), prompt: `A regex for: ${question}` });
  if (pattern.startsWith("-")) throw new Error("patterns may not start with '-'");
  const args = ["--json", "-n"];
  args.push("--", pattern, "/srv/work");
  const found = spawnSync(rgPath, args).stdout;
  const log = execFileSync("git", ["log", "--oneline", "--", pattern]);
  return `${found}${log}`;
}

export async function grep(question: string) {
  const { text: pattern } = await generateText({ model: openai("gpt-4o-mini"), prompt: `A regex for: ${question}` });
  const hits = spawnSync(rgPath, ["-n", "--no-heading", "-e", pattern, "--", "/srv/work"]).stdout;
  const commits = execFileSync("git", ["log", "--oneline", "--", pattern]);
  return `${hits}${commits}`;
}

/** Desktop Commander's shape: the argument list is built by a helper that ends the options itself. */
function buildRipgrepArgs(pattern: string, root: string): string[] {
  const args = ["--json", "--line-number"];
  args.push("--", pattern, root);
  return args;
}

export async function contentSearch(question: string) {
  const { text: pattern } = await generateText({ model: openai("gpt-4o-mini"), prompt: `A regex for: ${question}` });
  const args = buildRipgrepArgs(pattern, "/srv/work");
  return String(spawnSync(rgPath, args).stdout);
}
