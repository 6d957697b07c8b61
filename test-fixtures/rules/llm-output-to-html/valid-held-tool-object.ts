// The same held tool object, written to the page as text.
import { invokeWithTool } from "./lib/agent-client/invoke";

const panel = document.getElementById("panel")!;

const macroTool = {
  execute: async (input: { memory: string; next_goal: string }) => {
    panel.textContent = `${input.memory} — ${input.next_goal}`;
  },
};

export async function step(prompt: string): Promise<void> {
  await invokeWithTool(macroTool, prompt);
}
