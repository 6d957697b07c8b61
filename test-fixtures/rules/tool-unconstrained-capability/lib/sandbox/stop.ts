import { execSync } from "node:child_process";
import { z } from "zod";

export const stopSchema = { container_id: z.string() };

/** node-code-sandbox-mcp before CVE-2025-53372: the container id lands in a shell command. */
export async function stopSandbox({ container_id }: { container_id: string }) {
  execSync(`docker rm -f ${container_id}`); // expect: llm-output-to-shell
  return { content: [{ type: "text" as const, text: `stopped ${container_id}` }] };
}
