// True positives: what a script run in a browsed page reads there, put into a prompt as it is.
import { chromium } from "playwright";
import OpenAI from "openai";
const openai = new OpenAI();
export async function summarize(url: string) {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.goto(url);
  const text = await page.evaluate(() => document.body.innerText);
  return openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `Summarize:\n${text}` }] }); // expect: rag-unlabeled-context
}
