// markdown-it passes raw HTML through once built with `html: true` or the `commonmark` preset, and
// plugins may put it back (markdown-it-katex returns what it cannot parse as raw HTML).
import markdownIt from "markdown-it";
import katex from "markdown-it-katex";

const commonmark = markdownIt("commonmark");
const raw = markdownIt("default", { html: true });
const withKatex = markdownIt().use(katex);
const later = markdownIt();
const rawWithoutLists = markdownIt({ html: true }).disable("list");
later.use(katex);

export async function render(target: HTMLElement) {
  const answer = await (await fetch("/api/chat", { method: "POST" })).text();
  target.innerHTML = commonmark.render(answer); // expect: llm-output-to-html
  target.innerHTML += raw.render(answer); // expect: llm-output-to-html
  target.innerHTML = withKatex.render(answer); // expect: llm-output-to-html
  target.innerHTML = later.render(answer); // expect: llm-output-to-html
  target.innerHTML = rawWithoutLists.render(answer); // expect: llm-output-to-html
}
