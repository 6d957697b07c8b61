// A tool object held in a constant and handed to the client in another module, which calls its
// `execute` with the model's arguments: the model's "memory" reaches the page (page-agent's panel).
import { invokeWithTool } from "./lib/agent-client/invoke";

const panel = document.getElementById("panel")!;

const macroTool = {
  execute: async (input: { memory: string; next_goal: string }) => {
    panel.innerHTML = `<p>${input.memory}</p><p>${input.next_goal}</p>`; // expect: llm-output-to-html
  },
};

export async function step(prompt: string): Promise<void> {
  await invokeWithTool(macroTool, prompt);
}
