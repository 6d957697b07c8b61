/**
 * What cuts a flow of model output: functions that make text safe for one kind of sink, and
 * conversions into a closed type that is safe for all of them.
 */
import type { Sanitizer, SinkKind } from "../../server/engine/catalogue";

const html: readonly SinkKind[] = ["html"];

export const sanitizers: readonly Sanitizer[] = [
  ...["Number", "parseInt", "parseFloat", "Boolean", "BigInt", "isNaN", "isFinite"].map((name) => ({ callee: { global: name }, protects: "all" as const })),
  ...["dompurify", "isomorphic-dompurify"].flatMap((module) => [
    { callee: { modules: [module], exportName: "default", member: "sanitize" }, protects: html },
    { callee: { modules: [module], exportName: "sanitize" }, protects: html },
  ]),
  { callee: { method: "sanitize", receiverCallee: ["DOMPurify", "createDOMPurify"] }, protects: html },
  // The global a `<script src="purify.min.js">` tag defines.
  { callee: { global: "sanitize", receiver: "DOMPurify" }, protects: html },
  // An instance made for a window: `const purify = DOMPurify(window); purify.sanitize(html)`.
  { callee: { modules: ["dompurify", "isomorphic-dompurify"], instanceOf: ["default"], instanceMethod: "sanitize" }, protects: html },
  { callee: { modules: ["sanitize-html"], exportName: "default" }, protects: html },
  { callee: { modules: ["xss"], exportName: "default" }, protects: html },
  { callee: { modules: ["xss"], exportName: "filterXSS" }, protects: html },
  { callee: { modules: ["xss"], instanceOf: ["FilterXSS"], instanceMethod: "process" }, protects: html },
  { callee: { modules: ["escape-html"], exportName: "default" }, protects: html },
  // LangChain's deserializers build a prompt template (or a chain holding one) from a saved config: its
  // text becomes the app's own instructions, loaded on purpose, not content handed to the model to read.
  ...["BasePromptTemplate", "PromptTemplate", "ChatPromptTemplate"].map((exportName) => ({ callee: { modules: ["@langchain/core/prompts", "langchain/prompts"], exportName, member: "deserialize" }, protects: "all" as const })),
  // Mermaid's default security level ("strict") encodes the text of a diagram and disables its click handlers.
  ...["render", "run"].map((member) => ({ callee: { modules: ["mermaid"], exportName: "default", member }, protects: html, unlessConfigured: { method: "initialize", option: "securityLevel", unsafe: ["loose", "antiscript"] } })),
  // Syntax highlighters escape the code they mark up.
  { callee: { modules: ["prismjs"], exportName: "highlight" }, protects: html },
  { callee: { modules: ["prismjs"], exportName: "default", member: "highlight" }, protects: html },
  ...["highlight", "highlightAuto"].map((member) => ({ callee: { modules: ["highlight.js", "highlight.js/lib/core"], exportName: "default", member }, protects: html })),
  { callee: { modules: ["shiki"], exportName: "codeToHtml" }, protects: html },
  { callee: { modules: ["he"], exportName: "encode" }, protects: html },
  { callee: { modules: ["he"], exportName: "escape" }, protects: html },
  { callee: { modules: ["lodash", "lodash-es"], exportName: "escape" }, protects: html },
  { callee: { modules: ["lodash/escape"], exportName: "default" }, protects: html },
  { callee: { modules: ["validator"], exportName: "escape" }, protects: html },
  { callee: { modules: ["validator"], exportName: "default", member: "escape" }, protects: html },
  { callee: { modules: ["mysql", "mysql2", "sqlstring"], exportName: "escape" }, protects: ["sql"] },
  { callee: { modules: ["mysql", "mysql2", "sqlstring"], exportName: "escapeId" }, protects: ["sql"] },
  { callee: { method: "escapeLiteral" }, protects: ["sql"] },
  { callee: { method: "escapeIdentifier" }, protects: ["sql"] },
  { callee: { modules: ["pg-format"], exportName: "literal" }, protects: ["sql"] },
  // `JSON.stringify(text)` is a JavaScript literal: spliced into code, it stays data (`node -e \`…${JSON.stringify(q)}…\``).
  { callee: { global: "stringify", receiver: "JSON" }, protects: ["eval", "page-script"] },
  { callee: { modules: ["shell-quote"], exportName: "quote" }, protects: ["shell"] },
  { callee: { modules: ["shescape"], exportName: "quote" }, protects: ["shell"] },
  { callee: { modules: ["shell-escape"], exportName: "default" }, protects: ["shell"] },
  { callee: { modules: ["path", "node:path"], exportName: "basename" }, protects: ["path"] },
  { callee: { modules: ["path", "node:path"], exportName: "default", member: "basename" }, protects: ["path"] },
  { callee: { modules: ["path", "node:path"], exportName: "*", member: "basename" }, protects: ["path"] },
  { callee: { modules: ["sanitize-filename"], exportName: "default" }, protects: ["path"] },
  // @ts-stack/markdown escapes raw HTML in the text when told to (marked itself dropped the option).
  { callee: { modules: ["@ts-stack/markdown"], exportName: "Marked", member: "parse" }, protects: html, configuredBy: { method: "setOptions", option: "sanitize" } },
];

/** Project helpers recognized by name: teams write their own escaping functions. */
export const sanitizerNames: ReadonlyMap<string, readonly SinkKind[]> = new Map([
  ["escapeHtml", html], ["escapeHTML", html], ["htmlEscape", html], ["sanitizeHtml", html], ["sanitizeHTML", html], ["encodeHtml", html],
  ["escapeSql", ["sql"]], ["sqlEscape", ["sql"]], ["escapeShellArg", ["shell"]], ["shellEscape", ["shell"]], ["shellQuote", ["shell"]],
  // Identifier quoting (`"name"` with inner quotes doubled), as SQL drivers and projects write it.
  ["quoteIdentifier", ["sql"]], ["quote_identifier", ["sql"]], ["quoteIdent", ["sql"]], ["escapeIdentifier", ["sql"]], ["escape_identifier", ["sql"]], ["escapeId", ["sql"]],
  ["escape_html", html], ["escape_sql", ["sql"]], ["shell_quote", ["shell"]], ["escape_shell_arg", ["shell"]],
]);

/**
 * Project helpers recognized by the shape of their name: `validatePath`, `resolveSafePath`,
 * `sanitizeUrl`. Such helpers check or confine what they return; their result is safe for the
 * sinks listed.
 */
export const sanitizerNamePatterns: readonly { readonly pattern: RegExp; readonly protects: readonly SinkKind[] }[] = [
  { pattern: /^(validate|sanitize|secure|safe|confine|assert|ensure|resolveSafe|resolveAllowed|resolveWithin)\w*(path|file|dir|directory)s?((within|inside|under)\w*)?$/i, protects: ["path"] },
  { pattern: /^(validate|sanitize|safe|assert|ensure|check)\w*(url|uri|host)s?$/i, protects: ["url", "api-path", "dot-segment"] },
];

/**
 * Predicates whose check guards a value when code refuses it on failure
 * (`if (!isPathWithinAllowedDirectories(p, dirs)) throw …`): allow-list names guard every
 * sink, containment names guard paths and URLs.
 */
export const guardPredicatePatterns: readonly { readonly pattern: RegExp; readonly protects: readonly SinkKind[] | "all" }[] = [
  // A check that a path or a URL is allowed is about where it points, not what it says:
  // `isPathAllowed(p)` confines p, and p can still break out of a shell string.
  { pattern: /(allowed|permitted|whitelist|allowlist|safe|within|inside|confined|valid)\w*(path|dir|folder|file)|(path|dir|folder|file)\w*(allowed|permitted|whitelist|allowlist|safe|within|inside|confined|valid)/i, protects: ["path"] },
  { pattern: /(allowed|permitted|whitelist|allowlist|safe|within|inside|confined|valid)\w*(url|uri|host|domain|origin)|(url|uri|host|domain|origin)\w*(allowed|permitted|whitelist|allowlist|safe|within|inside|confined|valid)/i, protects: ["url", "api-path", "dot-segment"] },
  { pattern: /(allowed|permitted|whitelist|allowlist|safe)/i, protects: "all" },
  { pattern: /(within|inside|confined|valid)/i, protects: ["path", "url", "api-path", "dot-segment"] },
];

/**
 * zod schemas that only admit closed values (an enum, a literal, a number, …): parsing model
 * output with them leaves nothing for an attacker to choose freely. `string` refinements that
 * pin a format are closed too; a plain `z.string()` is not.
 */
export const closedZodConstructors: ReadonlySet<string> = new Set(["enum", "nativeEnum", "literal", "number", "boolean", "bigint", "date", "null", "undefined", "nan", "int"]);
export const closedZodStringRefinements: ReadonlySet<string> = new Set(["uuid", "cuid", "cuid2", "ulid", "datetime", "date", "time", "ip", "ipv4", "ipv6", "cidr", "base64", "nanoid"]);
/** zod, and SDK modules that re-export it (LlamaIndex's `@llamaindex/core/zod`). */
export const zodModules: ReadonlySet<string> = new Set(["zod", "zod/v4", "zod/v3", "zod/mini", "@llamaindex/core/zod"]);
/** Valibot: the same closed and open schemas, written as functions (`v.object`, `v.picklist`, `v.pipe`). */
export const valibotModules: ReadonlySet<string> = new Set(["valibot"]);
/** TypeBox: JSON schemas built by calls (`Type.Object`, `Type.String({ pattern })`, `Type.Union([Type.Literal(…)])`). */
export const typeboxModules: ReadonlySet<string> = new Set(["@sinclair/typebox", "typebox"]);

/**
 * Markdown renderers that escape raw HTML unless told otherwise: markdown-it's `render` is safe
 * for HTML with its defaults (`html: false`, `javascript:` links refused), unsafe once built with
 * `{ html: true }` or the `commonmark` preset.
 */
export const htmlEscapingRenderers: readonly { readonly modules: readonly string[]; readonly exportName: string; readonly methods: readonly string[]; readonly rawHtmlOption: string; readonly rawHtmlPresets: readonly string[] }[] = [
  { modules: ["markdown-it"], exportName: "default", methods: ["render", "renderInline"], rawHtmlOption: "html", rawHtmlPresets: ["commonmark"] },
];

/**
 * Markdown renderers whose raw-HTML hook the project can replace: marked calls `renderer.html`
 * for raw HTML in the text, so a renderer whose `html` returns escaped text (or nothing) makes
 * `marked.parse(text, { renderer })` safe for HTML.
 */
export const rawHtmlHooks: readonly { readonly modules: readonly string[]; readonly hook: string; readonly configureMethods: readonly string[]; readonly escapedByDefault: readonly string[] }[] = [
  // `code` is escaped by marked's own renderer; a replacement that returns the code as it came
  // (`validLang ? hljs.highlight(…).value : code`) lets raw HTML through a fenced block.
  { modules: ["marked"], hook: "html", configureMethods: ["use", "setOptions"], escapedByDefault: ["code"] },
];
