// Programs that parse options, run without a shell: a model-chosen argument that starts with `-`
// is an option (`rg --pre=/bin/sh` runs a program; anything-llm GHSA-6hrp-7mw6-8v59), in a list
// literal or one built up with push.
import { execFileSync, spawnSync } from "node:child_process";
import { rgPath } from "@vscode/ripgrep";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function search(question: string) {
  const { text: pattern } = await generateText({ model: openai("gpt-4o-mini"), prompt: `A regex for: ${question}` });
  const args = ["--json", "-n"];
  args.push(pattern, "/srv/work");
  const found = spawnSync(rgPath, args).stdout; // expect: llm-output-to-shell
  const log = execFileSync("git", ["log", "--oneline", pattern]); // expect: llm-output-to-shell
  return `${found}${log}`;
}
