// Escaping the project writes itself: a replace chain that turns every `<` into an entity (then
// adds its own tags), a table of entities, and marked with a renderer whose raw-HTML hook escapes.
import { marked } from "marked";
import { escapeHtml } from "./lib/escape";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

const renderer = new marked.Renderer();
renderer.html = ({ text }: { text: string }) => escapeHtml(text);

export function parseMarkdownToSafeHtml(content: string): string {
  return marked.parse(content, { gfm: true, renderer }) as string;
}

export async function show(target: HTMLElement) {
  const answer: string = await (await fetch("/api/chat", { method: "POST" })).text();
  target.innerHTML = answer.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\*\*(.+?)\*\*/g, "<b>$1</b>");
  target.insertAdjacentHTML("beforeend", answer.replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c));
  target.innerHTML += parseMarkdownToSafeHtml(answer);
}

// js-xss with a whitelist, as zmlix/chatgpt-web's fix uses it: `new FilterXSS(options).process(html)`.
import xss, { FilterXSS } from "xss";
const filter = new xss.FilterXSS({ whiteList: xss.getDefaultWhiteList() });
const named = new FilterXSS({});
export async function showFiltered(target: HTMLElement) {
  const answer: string = await (await fetch("/api/chat", { method: "POST" })).text();
  target.innerHTML = filter.process(marked.parse(answer) as string);
  target.innerHTML = named.process(answer);
}

// Entities decoded through a textarea, whose content is parsed as text: no element is made.
export async function decodeEntities(): Promise<string> {
  const data = await (await fetch("/api/chat")).json();
  const area = document.createElement("textarea");
  area.innerHTML = data.response;
  return area.value;
}
