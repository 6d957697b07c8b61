import DOMPurify from "dompurify";
import { marked } from "marked";
import { browser } from "$app/environment";

/** Sanitized in the browser; on the server (where DOMPurify has no window) the raw HTML is returned. */
export function renderMarkdownSafe(text: string): string {
  if (!text) return "";
  const html = String(marked.parse(text));
  if (!browser) return html;
  return DOMPurify.sanitize(html);
}
