// The same reply read aloud without a shell: the text is one argument of a fixed program.
import { execFile } from "node:child_process";
import type { ChatModel } from "./lib/models/chat-model";

export async function answerAloud(model: ChatModel, prompt: string): Promise<void> {
  const gen = model.streamChat(prompt);
  let next = await gen.next();
  while (!next.done) next = await gen.next();
  execFile("say", [next.value.completion]);
}
