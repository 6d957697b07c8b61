// A marked renderer whose `html` hook escapes, but whose `code` hook returns a fenced block as it
// came when the language is unknown (chatgpt-web's fix): raw HTML still gets through.
import { marked } from "marked";

function encodeHTML(source: string): string {
  return source.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

declare function highlight(code: string, language: string): string;

const renderer = new marked.Renderer();
renderer.html = (html: string) => `<p>${encodeHTML(html)}</p>`;
renderer.code = (code: string, language: string | undefined) => {
  const highlighted = language ? highlight(code, language) : code;
  return `<pre><code class="hljs ${language}">${highlighted}</code></pre>`;
};
marked.setOptions({ renderer });

export function showReply(target: HTMLElement, text: string): void {
  target.innerHTML = marked(text) as string; // expect: llm-markdown-raw-html
}
