// Streamed tool calls accumulated by index (`calls[i].arguments += delta`), then parsed and run:
// the model's command reaches a shell.
import { exec } from "node:child_process";

export async function runAgentTurn(messages: unknown[]): Promise<void> {
  const response = await fetch("https://openrouter.ai/api/v1/chat/completions", { method: "POST", body: JSON.stringify({ model: "x", messages }) });
  const data = await response.json();
  const calls: Record<number, { name: string; arguments: string }> = {};
  for (const delta of data.choices[0].message.tool_calls) {
    if (!calls[delta.index]) calls[delta.index] = { name: "", arguments: "" };
    if (delta.function.name) calls[delta.index].name = delta.function.name;
    calls[delta.index].arguments += delta.function.arguments;
  }
  for (const call of Object.values(calls)) {
    const args = JSON.parse(call.arguments);
    if (call.name === "bash") exec(args.command); // expect: llm-output-to-shell
  }
}
