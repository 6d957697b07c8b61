import { execSync } from "node:child_process";

export function runShell(command: string): string {
  return execSync(command, { encoding: "utf8" }); // expect: llm-output-to-shell
}

export function runFixed(): string {
  return execSync("git status --short", { encoding: "utf8" });
}
