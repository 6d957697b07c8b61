// A marked renderer whose `html` hook wraps escaped text in the app's own tags, and whose `code`
// hook escapes what it does not highlight: nothing raw gets through.
import DOMPurify from "dompurify";
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

// marked 5+: the code token says whether a highlighter escaped it already.
const tokenRenderer = new marked.Renderer();
tokenRenderer.html = ({ text }: { text: string }) => encodeHTML(text);
tokenRenderer.code = ({ text, escaped }: { text: string; escaped?: boolean }) => {
  const safeCode = escaped ? text : encodeHTML(text);
  return `<pre><code>${safeCode}</code></pre>`;
};

export function showToken(target: HTMLElement, text: string): void {
  target.innerHTML = marked.parse(text, { renderer: tokenRenderer }) as string;
}

// A project sanitizer whose every return is sanitized or empty, applied before the app adds its own tags.

function sanitizeRendered(html: string): string {
  if (typeof DOMPurify !== "undefined") return DOMPurify.sanitize(html);
  return "";
}

export function showWithCopyButtons(target: HTMLElement, text: string): void {
  let html = marked.parse(text) as string;
  html = sanitizeRendered(html);
  html = html.replace(/<pre>/g, '<pre class="code"><button class="copy">Copy</button>');
  target.innerHTML = html;
}
