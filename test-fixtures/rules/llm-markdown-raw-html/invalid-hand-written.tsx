// Markdown converted by hand with `replace` (a chat overlay's bold/italic/code, WebLLM's first demo
// turning newlines into `<br>`): the tags make the result HTML, and the text between them is raw.
export function InlineMarkdown({ text }: { text: string }) {
  const html = text
    .replace(/\*\*(.*?)\*\*/g, "<strong>$1</strong>")
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\n/g, "<br>");
  return <span dangerouslySetInnerHTML={{ __html: html }} />; // expect: llm-markdown-raw-html
}

export function updateLastMessage(target: HTMLElement, text: string): void {
  text = text.replaceAll("\n", "<br>");
  target.innerHTML = text; // expect: llm-markdown-raw-html
}

// Escaped before the tags go in: only the converter's own tags are markup.
export function EscapedMarkdown({ text }: { text: string }) {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const html = escaped.replace(/\*\*(.*?)\*\*/g, "<strong>$1</strong>").replace(/\n/g, "<br>");
  return <span dangerouslySetInnerHTML={{ __html: html }} />;
}

// A replacement that adds no tag is not a converter, and the app's own text is not outside text.
export function plain(target: HTMLElement, text: string): void {
  target.innerHTML = text.replace(/\s+/g, " ").trim();
  target.innerHTML = "Loading\nmodel".replace(/\n/g, "<br>");
}

// Escaped when declared, then converted step by step.
export function formatInline(text: string): string {
  let s = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  s = s.replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>");
  s = s.replace(/\n/g, "<br>");
  return s;
}

export function Formatted({ text }: { text: string }) {
  return <span dangerouslySetInnerHTML={{ __html: formatInline(text) }} />;
}
