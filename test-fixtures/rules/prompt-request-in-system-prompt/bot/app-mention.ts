// A bot's event handler in its own module, registered by reference in bot/events.ts.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export const name = "app_mention";

export async function execute({ event, say }: SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs) {
  const { text } = await generateText({
    model: openai("gpt-4o"),
    system: `You answer questions in the channel. The asker wrote: ${event.text}`, // expect: prompt-request-in-system-prompt
    prompt: "Answer the question.",
  });
  await say(text);
}
