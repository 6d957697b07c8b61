import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { originalOffset, type ComponentModule } from "./component-module";
import { isMcpConfigFile } from "./mcp/config-files";
import { isSvelteFile, svelteModule } from "./svelte";
import { isVueFile, vueModule } from "./vue";

/** Files larger than this are skipped with a note: generated code or data, not hand-written source. */
export const maxFileBytes = 2 * 1024 * 1024;

/** Why a file is skipped when its nesting exhausts the stack of the parser or of a walk over it (generated code). */
export const tooDeepReason = "nested too deeply to analyze";

export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

export type ReadResult = { readonly text: string } | { readonly skipped: string };

/**
 * Reads a source file, or says why it is skipped: too large, binary, not UTF-8 text, or a
 * minified bundle. Never throws for a file that vanished or cannot be read.
 */
export function readSource(file: string): ReadResult {
  let buffer: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.size > maxFileBytes) return { skipped: `larger than ${maxFileBytes / 1024 / 1024} MB` };
    buffer = fs.readFileSync(file);
  } catch (error) {
    return { skipped: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})` };
  }
  if (buffer.includes(0)) return { skipped: "binary file" };
  const text = buffer.toString("utf8");
  const minified = minifiedReason(file, text);
  return minified ? { skipped: minified } : { text: stripBom(text) };
}

/** A minified bundle is recognized by name or by very long lines; analyzing one is slow and finds nothing actionable. */
export function minifiedReason(file: string, text: string): string | undefined {
  if (/\.min\.[cm]?js$/.test(file)) return "minified file";
  if (text.length < 2000) return undefined;
  let lines = 1;
  let longest = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      longest = Math.max(longest, i - lineStart);
      lineStart = i + 1;
      lines++;
    }
  }
  longest = Math.max(longest, text.length - lineStart);
  if (longest > 5000 && text.length / lines > 300) return "minified file (very long lines)";
  return undefined;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function scriptKindOf(file: string): ts.ScriptKind {
  if (isMcpConfigFile(file)) return ts.ScriptKind.JSON;
  switch (path.extname(file)) {
    case ".ts":
    case ".mts":
    case ".cts":
      return ts.ScriptKind.TS;
    case ".tsx":
      return ts.ScriptKind.TSX;
    case ".jsx":
      return ts.ScriptKind.JSX;
    default:
      return ts.ScriptKind.JS;
  }
}

/**
 * Parses with parent pointers (rules walk up the tree) and without JSDoc: no rule reads it,
 * and skipping it makes parsing noticeably cheaper.
 */
export function parseSource(file: string, text: string, languageVersion: ts.ScriptTarget | ts.CreateSourceFileOptions = ts.ScriptTarget.Latest): ts.SourceFile {
  const options: ts.CreateSourceFileOptions =
    typeof languageVersion === "object"
      ? { ...languageVersion, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }
      : { languageVersion, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
  if (isVueFile(file) || isSvelteFile(file)) {
    const module = isVueFile(file) ? vueModule(text) : svelteModule(text);
    const sourceFile = ts.createSourceFile(file, module.text, options, true, module.kind);
    componentModules.set(sourceFile, { module, original: text });
    return sourceFile;
  }
  return ts.createSourceFile(file, text, options, true, scriptKindOf(file));
}

/** The component file behind each parsed Vue or Svelte component (its text is the generated module). */
const componentModules = new WeakMap<ts.SourceFile, { readonly module: ComponentModule; readonly original: string }>();

export function componentModuleOf(sourceFile: ts.SourceFile): ComponentModule | undefined {
  return componentModules.get(sourceFile)?.module;
}

/** The file's own text: what is on disk or in the editor (a Vue SFC's parsed text is generated from it). */
export function fileText(sourceFile: ts.SourceFile): string {
  return componentModules.get(sourceFile)?.original ?? sourceFile.text;
}

/** The 1-based line of an offset of a parsed file, in the file on disk. */
export function lineOf(sourceFile: ts.SourceFile, offset: number): number {
  return sourceFile.getLineAndCharacterOfPosition(Math.min(Math.max(fileOffset(sourceFile, offset), 0), sourceFile.text.length)).line + 1;
}

/** Where an offset of a parsed file stands in the file on disk (they differ only for generated code). */
export function fileOffset(sourceFile: ts.SourceFile, offset: number): number {
  const vue = componentModules.get(sourceFile);
  return vue ? originalOffset(vue.module, offset) : offset;
}

/**
 * Re-parses a file after an edit, reusing the unchanged parts of its previous tree (as editors'
 * language services do): a keystroke in a large file costs a fraction of a full parse. The
 * previous tree must not be used afterwards.
 */
export function reparseSource(previous: ts.SourceFile, text: string): ts.SourceFile {
  const vue = componentModules.get(previous);
  if (vue) return vue.original === text ? previous : parseSource(previous.fileName, text);
  if (previous.text === text) return previous;
  return ts.updateSourceFile(previous, text, changedRange(previous.text, text));
}

/** The one span that differs between two texts (common prefix and suffix trimmed). */
function changedRange(before: string, after: string): ts.TextChangeRange {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return ts.createTextChangeRange(ts.createTextSpan(start, endBefore - start), endAfter - start);
}

/** The parser's syntax errors; kept by the compiler on the source file itself. */
export function syntaxErrors(sourceFile: ts.SourceFile): readonly ts.DiagnosticWithLocation[] {
  return (sourceFile as ts.SourceFile & { parseDiagnostics?: readonly ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
}
