// Sanitized as HTML first, then rendered: marked still makes `[x](javascript:alert(1))` a live link,
// so the sanitizer belongs after the render.
import DOMPurify from "dompurify";
import { marked } from "marked";

export function showNote(el: HTMLElement, note: string) {
  el.innerHTML = marked.parse(DOMPurify.sanitize(note)) as string; // expect: llm-markdown-raw-html
  el.innerHTML = DOMPurify.sanitize(marked.parse(note) as string);
}
