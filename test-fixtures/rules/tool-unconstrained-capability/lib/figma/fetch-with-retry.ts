import { exec } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(exec);

/** Falls back to curl when fetch fails: the URL lands in a shell command (CVE-2025-53967). */
export async function fetchWithRetry(url: string): Promise<unknown> {
  try {
    return await (await fetch(url)).json();
  } catch {
    const { stdout } = await run(`curl -s -L "${url}"`); // expect: llm-output-to-shell
    return JSON.parse(stdout);
  }
}
