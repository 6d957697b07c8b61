// The same renders, sanitized first, or with the reply as the element's text.
import parse from "html-react-parser";
import DOMPurify from "dompurify";
import { h } from "vue";

async function reply(prompt: string): Promise<string> {
  const response = await fetch("/api/chat", { method: "POST", body: JSON.stringify({ prompt }) });
  const data = await response.json();
  return data.choices[0].message.content;
}

export async function asReact(prompt: string) {
  return parse(DOMPurify.sanitize(await reply(prompt)));
}

export async function asVue(prompt: string) {
  return h("div", { class: "answer" }, await reply(prompt));
}
