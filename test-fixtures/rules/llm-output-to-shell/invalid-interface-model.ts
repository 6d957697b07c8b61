// A model held through the app's interface (its only implementation is in another module), whose
// generator returns the whole completion: read aloud through a shell (Continue's text-to-speech).
import { exec } from "node:child_process";
import type { ChatModel } from "./lib/models/chat-model";

export async function answerAloud(model: ChatModel, prompt: string): Promise<void> {
  const gen = model.streamChat(prompt);
  let next = await gen.next();
  while (!next.done) next = await gen.next();
  const message = next.value.completion.replace(/"/g, "");
  exec(`say "${message}"`); // expect: llm-output-to-shell
}
