import ts from "typescript";
import { defineRule, type Fix } from "../server/engine/rule";
import type { Flow } from "../server/engine/taint/flows";
import { flowMessage, flowVisitor } from "./shared/taint-rule";

export default defineRule({
  meta: {
    id: "llm-output-to-html",
    family: "llm",
    defaultSeverity: "error",
    owasp: "LLM05:2025",
    cwe: [79],
    securitySeverity: 7.6,
    description: "Model output rendered as HTML: innerHTML, outerHTML, insertAdjacentHTML, document.write, dangerouslySetInnerHTML, jQuery .html(), Markdown with raw HTML (rehype-raw), Lit unsafeHTML.",
    rationale:
      "Model output is attacker-influenced text. Inserted as HTML, a reply can carry `<img onerror>` or `<script>` and run in the user's session (stealing tokens, acting as the user, exfiltrating the chat). Markdown rendered to HTML (`marked`, `markdown-it`) and then inserted is the common case. DOMPurify, sanitize-html and escaping functions cut the flow.",
    remediation:
      "Render model text as text (`textContent`, a JSX text child). If it must be rich, render Markdown to HTML and pass it through `DOMPurify.sanitize` before inserting it.",
    fix: "suggestion",
    messages: { flow: flowMessage },
  },
  create: (context) => flowVisitor(context, "html", ": a reply can run script in the user's browser. Render it as text, or sanitize it with DOMPurify.", htmlFix),
});

function htmlFix(flow: Flow): Fix | undefined {
  const node = flow.sinkNode;
  const sourceFile = node.getSourceFile();
  // `el.innerHTML = x` → `el.textContent = x`
  if (ts.isBinaryExpression(node) && ts.isPropertyAccessExpression(node.left) && node.left.name.text === "innerHTML") {
    return {
      safety: "suggestion",
      description: "Insert the model's output as text (textContent)",
      edits: [{ start: node.left.name.getStart(sourceFile), end: node.left.name.getEnd(), newText: "textContent" }],
    };
  }
  // `<div dangerouslySetInnerHTML={{ __html: x }} />` → `<div>{x}</div>`
  if (ts.isJsxAttribute(node) && ts.isJsxAttributes(node.parent) && node.name.getText(sourceFile) === "dangerouslySetInnerHTML") {
    const element = node.parent.parent;
    const value = flow.argument.getText(sourceFile);
    const attributeStart = node.getFullStart();
    if (ts.isJsxSelfClosingElement(element)) {
      const tag = element.tagName.getText(sourceFile);
      const text = sourceFile.text;
      const closeStart = text.lastIndexOf("/>", element.getEnd());
      return {
        safety: "suggestion",
        description: "Render the model's output as a text child instead of HTML",
        edits: [
          { start: attributeStart, end: node.getEnd(), newText: "" },
          { start: trimSpaceBefore(text, closeStart), end: element.getEnd(), newText: `>{${value}}</${tag}>` },
        ],
      };
    }
    if (ts.isJsxOpeningElement(element) && ts.isJsxElement(element.parent) && element.parent.children.every((c) => ts.isJsxText(c) && c.text.trim() === "")) {
      return {
        safety: "suggestion",
        description: "Render the model's output as a text child instead of HTML",
        edits: [
          { start: attributeStart, end: node.getEnd(), newText: "" },
          { start: element.getEnd(), end: element.parent.closingElement.getStart(sourceFile), newText: `{${value}}` },
        ],
      };
    }
  }
  return undefined;
}

function trimSpaceBefore(text: string, index: number): number {
  let start = index;
  while (start > 0 && /\s/.test(text[start - 1] ?? "")) start--;
  return start;
}
