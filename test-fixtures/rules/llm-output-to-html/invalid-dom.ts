// True positives: browser code that calls a model API and writes HTML.
import OpenAI from "openai";
import { marked } from "marked";

const client = new OpenAI({ dangerouslyAllowBrowser: true });

export async function jquery(question: string) {
  const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
  $("#answer").html(marked.parse(completion.choices[0].message.content ?? "") as string); // expect: llm-output-to-html
}

export async function iframe(question: string, frame: HTMLIFrameElement) {
  const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `Write an HTML page about ${question}` }] });
  frame.srcdoc = completion.choices[0].message.content ?? ""; // expect: llm-output-to-html
}

function render(target: Element, markdown: string) {
  target.innerHTML = marked.parse(markdown) as string; // expect: llm-output-to-html
}

export async function helper(question: string) {
  const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
  render(document.body, completion.choices[0].message.content ?? "");
}

declare const $: (selector: string) => { html(value: string): void };
