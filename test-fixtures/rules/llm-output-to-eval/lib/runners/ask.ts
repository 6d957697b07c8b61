import OpenAI from "openai";

const openai = new OpenAI();

export async function askForCode(prompt: string): Promise<string> {
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: prompt }] });
  return completion.choices[0]?.message.content ?? "";
}
