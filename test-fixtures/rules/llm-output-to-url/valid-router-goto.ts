// `goto` of an app's router is navigation inside the app, not a request: no browser package here.
import OpenAI from "openai";

const client = new OpenAI();
declare const router: { goto(path: string): Promise<void> };

export async function openSuggested() {
  const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Which page next?" }] });
  await router.goto(`/docs/${encodeURIComponent(completion.choices[0]?.message.content ?? "")}`);
}
