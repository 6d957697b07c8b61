// True positives: a client whose type is declared in the project's own types, re-exported by a barrel.
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import type { BotContext } from "./types";

export async function summarizeChannel(ctx: BotContext) {
  const { messages } = await ctx.client.conversations.history({ channel: ctx.channel, limit: 20 });
  const lines = (messages ?? []).map((m) => m.text ?? "").join("\n");
  return generateText({ model: openai("gpt-4o"), prompt: `Summarize the channel:\n${lines}` }); // expect: rag-unlabeled-context
}
