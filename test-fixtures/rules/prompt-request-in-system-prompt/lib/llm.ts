import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { streamText } from "ai";
import { openai as provider } from "@ai-sdk/openai";

// The app's own model layer: options and message lists built in one place, sent in another.
export class Provider {
  private readonly openai = new OpenAI();

  constructPrompt({ systemPrompt, userPrompt }: { systemPrompt: string; userPrompt: string }) {
    const system = { role: "system" as const, content: systemPrompt }; // expect: prompt-request-in-system-prompt
    return [system, { role: "user" as const, content: userPrompt }];
  }

  async complete(messages: { role: "system" | "user"; content: string }[]) {
    return this.openai.chat.completions.create({ model: "gpt-4o", messages });
  }
}

export function generationOptions(input: { style: string; text: string }) {
  return { model: provider("gpt-4o"), system: `Rewrite in the style of ${input.style}.`, prompt: input.text }; // expect: prompt-request-in-system-prompt
}

export function rewrite(input: { style: string; text: string }) {
  return streamText(generationOptions(input));
}

const anthropic = new Anthropic();

// A retry wrapper: its callers write the prompt.
export async function createMessage(params: Anthropic.MessageCreateParamsNonStreaming, attempts = 3): Promise<Anthropic.Message> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await anthropic.messages.create(params);
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}
