import { spawnSync } from "node:child_process";
import path from "node:path";

export const binPath = path.join(__dirname, "..", "..", "bin", "llmsec.js");

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI (`bin/llmsec.js` → `dist/cli.js`) as a user would, without a terminal. */
export function runCli(args: readonly string[], cwd: string, env: Readonly<Record<string, string>> = {}): CliRun {
  const clean = { ...process.env };
  delete clean.FORCE_COLOR;
  delete clean.NO_COLOR;
  const result = spawnSync(process.execPath, [binPath, ...args], { cwd, env: { ...clean, ...env }, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
