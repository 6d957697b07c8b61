import { marked } from "marked";

/** Renders Markdown to HTML, falling back to escaped text. */
export function markdownToHtml(markdown: string): string {
  if (!markdown) return "";
  try {
    return marked(markdown) as string;
  } catch {
    return markdown.replace(/</g, "&lt;");
  }
}

export function renderBanner(): string {
  return marked.parse("**Beta**: answers may be wrong.") as string;
}
