// markdown-it escapes raw HTML with its defaults (`html: false`) and refuses `javascript:` links:
// its output is safe to insert, here built with no options, the default preset, or `html: false`.
import markdownIt from "markdown-it";
import MarkdownIt from "markdown-it";

const md = markdownIt();
const withOptions = new MarkdownIt({ linkify: true, html: false });
const preset = markdownIt("default", { breaks: true });
// Turning parser rules off or on keeps the options (AnythingLLM's embed widget after its fix).
const withoutLists = markdownIt({ html: false, typographer: true }).disable("list");

export async function render(target: HTMLElement) {
  const answer = await (await fetch("/api/chat", { method: "POST" })).text();
  target.innerHTML = md.render(answer);
  target.insertAdjacentHTML("beforeend", withOptions.renderInline(answer));
  target.innerHTML += preset.render(answer);
  target.innerHTML = withoutLists.render(answer);
}
