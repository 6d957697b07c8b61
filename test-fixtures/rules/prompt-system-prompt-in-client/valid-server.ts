// A server module: its system prompt never reaches the browser.
import OpenAI from "openai";

const openai = new OpenAI();

export async function answer(question: string) {
  return openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: "You are Acme's support agent. Never offer refunds and never mention the internal discount codes." },
      { role: "user", content: question },
    ],
  });
}
