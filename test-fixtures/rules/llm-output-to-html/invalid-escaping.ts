// Escaping that is not: a `replace` without the global flag stops after the first `<`, markdown
// turned into tags with nothing escaped first, and a marked renderer whose raw-HTML hook returns
// the HTML as it is.
import { marked } from "marked";

const renderer = new marked.Renderer();
renderer.html = ({ text }: { text: string }) => text;

function show(items: string[], target: HTMLElement) {
  // An array handed to a helper keeps its elements through slice/reverse.
  target.innerHTML = items.slice().reverse()[0] ?? ""; // expect: llm-output-to-html
}

export async function render(target: HTMLElement) {
  const answer: string = await (await fetch("/api/chat", { method: "POST" })).text();
  target.innerHTML = answer.replace(/</, "&lt;"); // expect: llm-output-to-html
  target.innerHTML = answer.replace(/\*\*(.+?)\*\*/g, "<b>$1</b>"); // expect: llm-output-to-html
  target.innerHTML = marked.parse(answer, { renderer }) as string; // expect: llm-output-to-html
  show([answer], target);
}
