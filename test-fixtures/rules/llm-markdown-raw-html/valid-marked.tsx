// Rendered Markdown that is not this rule's: sanitized, escaped by the renderer, the app's own
// text, or traced to a model (llm-output-to-html reports that one).
import DOMPurify from "dompurify";
import markdownIt from "markdown-it";
import { marked } from "marked";
import { renderBanner } from "./lib/markdown";

const md = markdownIt();
const notice = "_Read the docs first._";

export function show(el: HTMLElement, text: string) {
  el.innerHTML = DOMPurify.sanitize(marked.parse(text) as string);
  el.innerHTML = md.render(text);
  el.innerHTML = marked.parse(notice) as string;
  el.innerHTML = renderBanner();
  el.innerHTML = `<p>${marked.parse("# Title")}</p>`;
  el.textContent = marked.parse(text) as string;
}

export async function answer(el: HTMLElement) {
  const res = await fetch("/api/chat", { method: "POST" });
  const { reply } = await res.json();
  el.innerHTML = marked.parse(reply) as string; // expect: llm-output-to-html
}
