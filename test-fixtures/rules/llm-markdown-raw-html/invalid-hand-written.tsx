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

// Escaped first, but the link's address is the text's own: `[x](javascript:…)` runs when clicked.
function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function formatLinks(text: string): string {
  let s = escapeText(text);
  s = s.replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2" target="_blank" rel="noopener">$1</a>');
  return s;
}

export function Message({ content }: { content: string }) {
  const parts: string[] = [];
  for (const line of content.split("\n")) parts.push(`<p>${formatLinks(line)}</p>`);
  return <div dangerouslySetInnerHTML={{ __html: parts.join("") }} />; // expect: llm-markdown-raw-html
}

// Addresses checked by a callback before they become links: nothing to report.
function safeLinks(text: string): string {
  return escapeText(text).replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_m, label: string, url: string) => (/^https?:\/\//.test(url) ? `<a href="${url}">${label}</a>` : label));
}

export function SafeMessage({ content }: { content: string }) {
  return <div dangerouslySetInnerHTML={{ __html: safeLinks(content) }} />;
}
