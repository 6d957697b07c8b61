// Unified pipelines that are not this rule's: sanitized after rehype-raw, and a docs build that
// renders the project's own Markdown files.
import { readFileSync } from "node:fs";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

export function renderReply(text: string): string {
  return String(unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeSanitize).use(rehypeStringify).processSync(text));
}

export function renderPage(file: string): string {
  const processor = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeStringify);
  return String(processor.processSync(readFileSync(file, "utf8")));
}
