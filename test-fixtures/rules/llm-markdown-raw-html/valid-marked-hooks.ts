// A marked renderer whose `html` hook wraps escaped text in the app's own tags, and whose `code`
// hook escapes what it does not highlight: nothing raw gets through.
import { marked } from "marked";

function encodeHTML(source: string): string {
  return source.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

declare function highlight(code: string, language: string): string;

const renderer = new marked.Renderer();
renderer.html = (html: string) => `<p>${encodeHTML(html)}</p>`;
renderer.code = (code: string, language: string | undefined) => `<pre><code>${language ? highlight(code, language) : encodeHTML(code)}</code></pre>`;
marked.setOptions({ renderer });

export function showReply(target: HTMLElement, text: string): void {
  target.innerHTML = marked(text) as string;
}
