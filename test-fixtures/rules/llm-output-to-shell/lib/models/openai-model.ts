// The implementation callers never name: it streams the reply and returns the whole completion.
import OpenAI from "openai";
import type { ChatModel } from "./chat-model";

const client = new OpenAI();

export class OpenAIModel implements ChatModel {
  async *streamChat(prompt: string): AsyncGenerator<{ role: string; content: string }, { completion: string }> {
    const parts: string[] = [];
    const stream = await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: prompt }], stream: true });
    for await (const chunk of stream) {
      const text = chunk.choices[0]?.delta?.content ?? "";
      parts.push(text);
      yield { role: "assistant", content: "" };
    }
    return { completion: parts.join("") };
  }
}
