// `goto` of an app's router is navigation inside the app, not a request: in a project that uses no
// browser driver (Playwright, Puppeteer), a `goto` method is not a page's. (Kept apart from the
// url rule's fixtures, whose project does use Playwright.)
import OpenAI from "openai";

const client = new OpenAI();
declare const router: { goto(path: string): Promise<void> };

export async function openSuggested() {
  const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Which page next?" }] });
  await router.goto(`/docs/${encodeURIComponent(completion.choices[0]?.message.content ?? "")}`);
}
