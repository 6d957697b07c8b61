// markdown-it passes raw HTML through once built with `html: true` or the `commonmark` preset.
import markdownIt from "markdown-it";

const commonmark = markdownIt("commonmark");
const raw = markdownIt("default", { html: true });

export async function render(target: HTMLElement) {
  const answer = await (await fetch("/api/chat", { method: "POST" })).text();
  target.innerHTML = commonmark.render(answer); // expect: llm-output-to-html
  target.innerHTML += raw.render(answer); // expect: llm-output-to-html
}
