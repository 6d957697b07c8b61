// Syntax highlighters escape the code they mark up: their HTML holds no markup from the answer.
import Prism from "prismjs";
import hljs from "highlight.js";
import { codeToHtml } from "shiki";

export async function highlighted(target: HTMLElement) {
  const data = await (await fetch("/api/chat")).json();
  const code: string = data.response;
  target.innerHTML = Prism.highlight(code, Prism.languages.javascript, "javascript");
  target.innerHTML = hljs.highlight(code, { language: "typescript" }).value;
  target.innerHTML = hljs.highlightAuto(code).value;
  target.innerHTML = await codeToHtml(code, { lang: "ts", theme: "nord" });
}
