import ts from "typescript";
import { defineRule, type Fix, type RuleContext } from "../server/engine/rule";
import type { RawMarkdownRender } from "../server/engine/taint/markdown-renders";

const sanitizerModule = "rehype-sanitize";
const sanitizerName = "rehypeSanitize";

export default defineRule({
  meta: {
    id: "llm-markdown-raw-html",
    family: "llm",
    defaultSeverity: "warn",
    owasp: "LLM05:2025",
    cwe: [79],
    securitySeverity: 6.1,
    description: "Markdown rendered with its raw HTML and no sanitizer (rehype-raw, also in a unified pipeline, markdown-to-jsx, marked into innerHTML, a hand-written `replace` converter) from text whose origin llmsec cannot trace.",
    rationale:
      "A Markdown component that lets raw HTML through turns any `<img onerror>`, `<iframe>` or `<form>` in its text into live markup. In an AI app that text is nearly always a model's reply, and a reply says what a prompt injection tells it to. `llm-output-to-html` reports the renders whose text llmsec follows back to a model; this rule reports the ones whose text comes from where it cannot see: a chat backend written in another language, a host app's props, a store it does not model. Text the app writes itself (literals, imported `.md` files) is not reported. Text sanitized before the render is: Markdown builds HTML anew from it (ragflow's GHSA-jv5f-3mqh-cxwf went through a sanitizer placed before `rehype-raw`), so the rendered result is what must be sanitized. Converters written by hand count too: a chain of `replace` calls that puts in tags (`<strong>$1</strong>`, `<br>`) renders the text between them raw unless it escaped `<` first, and one that escaped it but builds a link's address from the text (`href=\"$2\"`) still lets `javascript:` through.",
    remediation:
      "Add `rehype-sanitize` after `rehype-raw` (it keeps safe HTML and drops scripts, handlers and dangerous URLs), or drop `rehype-raw` if raw HTML is not needed. For markdown-to-jsx, pass `options={{ disableParsingRawHTML: true }}`. HTML from `marked`, `showdown` or markdown-it with `html: true` goes through `DOMPurify.sanitize` before `innerHTML` or `dangerouslySetInnerHTML`.",
    fix: "suggestion",
    messages: {
      markdownHtml: "HTML that {{renderer}} renders from {{text}} reaches {{sink}} unsanitized, and llmsec cannot trace that text to its source; if it is a model's reply, injected HTML runs script in the user's browser. Pass the HTML through DOMPurify.sanitize.",
      markdownLinkAddress: "HTML that {{renderer}} renders from {{text}} reaches {{sink}}: the text is escaped, but a link's address is taken from it as written, so a reply's [link](javascript:…) runs script when clicked. Allow only http(s) and mailto addresses in links.",
      markdownHtmlSanitizedFirst: "HTML that {{renderer}} renders from {{text}} reaches {{sink}}: the text is sanitized before Markdown, but Markdown builds HTML anew from it (links, raw HTML blocks), so a reply can still inject markup. Sanitize the rendered HTML instead.",
      rehypeRawSanitizedFirst: "Markdown with raw HTML (rehype-raw, no sanitizer) renders {{text}}: the text is sanitized before Markdown, but Markdown builds HTML anew from it and rehype-raw passes it on, so a reply can still inject markup. Add rehype-sanitize after rehype-raw.",
      rehypeRaw: "Markdown with raw HTML (rehype-raw, no sanitizer) renders {{text}}, text llmsec cannot trace to its source; if it is a model's reply, an injected <img onerror> runs script in the user's browser. Add rehype-sanitize after rehype-raw.",
      markdownToJsx: "markdown-to-jsx parses the raw HTML in {{text}}, text llmsec cannot trace to its source; if it is a model's reply, injected HTML (images that leak the chat, forms, iframes) becomes live markup. Pass options={{ disableParsingRawHTML: true }}.",
    },
  },
  create: (context) => ({
    "SourceFile:exit"(sourceFile) {
      for (const site of context.taint.untracedMarkdownHtml(sourceFile)) {
        const fix = sanitizeHtmlFix(site.node, context);
        context.report({
          node: site.node,
          messageId: site.linkAddresses ? "markdownLinkAddress" : site.sanitizedFirst ? "markdownHtmlSanitizedFirst" : "markdownHtml",
          // The text may be in another file (a helper's parameter): read it from its own file.
          data: { renderer: site.renderer, text: `'${shortText(site.text.getText())}'`, sink: site.sinkLabel },
          related: [{ start: site.text.getStart(), end: site.text.getEnd(), message: "the Markdown text rendered", ...(site.text.getSourceFile() !== sourceFile ? { file: site.text.getSourceFile().fileName } : {}) }],
          ...(fix ? { fix } : {}),
        });
      }
      for (const render of context.taint.untracedMarkdownRenders(sourceFile)) {
        const first = render.texts[0];
        if (!first) continue;
        const fix = render.renderer === "rehype-raw" ? sanitizerFix(render, context) : render.renderer === "unified" ? pipelineSanitizerFix(render, context) : rawHtmlOptionFix(render, sourceFile);
        // In a chain, the `.use(rehypeRaw)` link itself, not the chain it ends.
        const at = render.rawUse && ts.isPropertyAccessExpression(render.rawUse.expression) ? { start: render.rawUse.expression.name.getStart(sourceFile), end: render.rawUse.getEnd() } : { node: render.node };
        context.report({
          ...at,
          messageId: render.renderer === "markdown-to-jsx" ? "markdownToJsx" : render.sanitizedFirst ? "rehypeRawSanitizedFirst" : "rehypeRaw",
          data: { text: `'${shortText(first.getText(sourceFile))}'` },
          related: render.texts.map((text) => ({ start: text.getStart(sourceFile), end: text.getEnd(), message: "the Markdown text rendered" })),
          ...(fix ? { fix } : {}),
        });
      }
    },
  }),
});

/** `el.innerHTML = html` → `el.innerHTML = DOMPurify.sanitize(html)`, importing DOMPurify when the file does not yet. */
function sanitizeHtmlFix(node: ts.Node, context: RuleContext): Fix | undefined {
  const sourceFile = context.sourceFile;
  let html: ts.Expression | undefined;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) html = node.right;
  if (ts.isJsxAttribute(node) && node.initializer && ts.isJsxExpression(node.initializer) && node.initializer.expression && ts.isObjectLiteralExpression(node.initializer.expression)) {
    const property = node.initializer.expression.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(sourceFile) === "__html");
    html = property?.initializer;
  }
  if (!html) return undefined;
  const imported = context.imports.localNameOf("dompurify", "default");
  const name = imported ?? "DOMPurify";
  const edits = [
    { start: html.getStart(sourceFile), end: html.getStart(sourceFile), newText: `${name}.sanitize(` },
    { start: html.getEnd(), end: html.getEnd(), newText: ")" },
  ];
  if (!imported) {
    const last = lastLeadingImport(sourceFile);
    if (!last || /\bDOMPurify\b/.test(sourceFile.text)) return undefined;
    edits.unshift({ start: last.getEnd(), end: last.getEnd(), newText: '\nimport DOMPurify from "dompurify";' });
  }
  return { safety: "suggestion", description: "Sanitize the rendered HTML with DOMPurify", edits };
}

/** The last import of the file's opening run of imports, after which a new import goes. */
function lastLeadingImport(sourceFile: ts.SourceFile): ts.ImportDeclaration | undefined {
  let last: ts.ImportDeclaration | undefined;
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement)) break;
    last = statement;
  }
  return last;
}

function shortText(text: string): string {
  const line = text.replace(/\s+/g, " ");
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

/** `[rehypeRaw]` → `[rehypeRaw, rehypeSanitize]`, importing rehype-sanitize when the file does not yet. */
function sanitizerFix(render: RawMarkdownRender, context: RuleContext): Fix | undefined {
  const { rawPlugin, pluginList } = render;
  if (!rawPlugin || !pluginList) return undefined;
  const sourceFile = context.sourceFile;
  const imported = context.imports.localNameOf(sanitizerModule, "default");
  const edits = [{ start: rawPlugin.getEnd(), end: rawPlugin.getEnd(), newText: `, ${imported ?? sanitizerName}` }];
  if (!imported) {
    // Only an ES module gets an import, and only when the name is free.
    const last = lastLeadingImport(sourceFile);
    if (!last || new RegExp(`\\b${sanitizerName}\\b`).test(sourceFile.text)) return undefined;
    edits.unshift({ start: last.getEnd(), end: last.getEnd(), newText: `\nimport ${sanitizerName} from "${sanitizerModule}";` });
  }
  return { safety: "suggestion", description: "Sanitize the HTML rehype-raw lets through (rehype-sanitize)", edits };
}

/** `.use(rehypeRaw)` → `.use(rehypeRaw).use(rehypeSanitize)` in a unified chain, importing rehype-sanitize when needed. */
function pipelineSanitizerFix(render: RawMarkdownRender, context: RuleContext): Fix | undefined {
  const { rawUse } = render;
  if (!rawUse) return undefined;
  const sourceFile = context.sourceFile;
  const imported = context.imports.localNameOf(sanitizerModule, "default");
  const edits = [{ start: rawUse.getEnd(), end: rawUse.getEnd(), newText: `.use(${imported ?? sanitizerName})` }];
  if (!imported) {
    const last = lastLeadingImport(sourceFile);
    if (!last || new RegExp(`\\b${sanitizerName}\\b`).test(sourceFile.text)) return undefined;
    edits.unshift({ start: last.getEnd(), end: last.getEnd(), newText: `\nimport ${sanitizerName} from "${sanitizerModule}";` });
  }
  return { safety: "suggestion", description: "Sanitize the HTML rehype-raw lets through (rehype-sanitize)", edits };
}

/** `<Markdown>` → `<Markdown options={{ disableParsingRawHTML: true }}>`. */
function rawHtmlOptionFix(render: RawMarkdownRender, sourceFile: ts.SourceFile): Fix | undefined {
  const element = render.node;
  if (ts.isJsxAttribute(element) || ts.isCallExpression(element)) return undefined;
  const description = "Show raw HTML in the Markdown as text (disableParsingRawHTML)";
  if (render.options) {
    const first = render.options.properties[0];
    if (first) return { safety: "suggestion", description, edits: [{ start: first.getStart(sourceFile), end: first.getStart(sourceFile), newText: "disableParsingRawHTML: true, " }] };
    return { safety: "suggestion", description, edits: [{ start: render.options.getStart(sourceFile), end: render.options.getEnd(), newText: "{ disableParsingRawHTML: true }" }] };
  }
  if (element.attributes.properties.some((a) => ts.isJsxAttribute(a) && a.name.getText(sourceFile) === "options")) return undefined;
  const at = element.tagName.getEnd();
  return { safety: "suggestion", description, edits: [{ start: at, end: at, newText: " options={{ disableParsingRawHTML: true }}" }] };
}
