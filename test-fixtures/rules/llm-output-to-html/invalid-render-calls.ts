// HTML built by calls rather than assignments: html-react-parser turns the reply into live React
// elements, and Vue's render function sets an element's innerHTML.
import parse from "html-react-parser";
import { h } from "vue";

async function reply(prompt: string): Promise<string> {
  const response = await fetch("/api/chat", { method: "POST", body: JSON.stringify({ prompt }) });
  const data = await response.json();
  return data.choices[0].message.content;
}

export async function asReact(prompt: string) {
  const html = await reply(prompt);
  return parse(html); // expect: llm-output-to-html
}

export async function asVue(prompt: string) {
  const html = await reply(prompt);
  return h("div", { class: "answer", innerHTML: html }); // expect: llm-output-to-html
}
