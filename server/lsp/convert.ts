import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range, type TextEdit } from "vscode-languageserver/node";
import { pathToFileURL } from "node:url";
import type ts from "typescript";
import type { Finding, Position } from "../engine/finding";
import type { TextEdit as EngineEdit } from "../engine/rule";
import { docsUrl } from "../engine/docs-url";
import { fileText } from "../engine/source";

export function toRange(start: Position, end: Position): Range {
  return { start: { line: start.line - 1, character: start.column - 1 }, end: { line: end.line - 1, character: end.column - 1 } };
}

/** A finding as an LSP diagnostic: rule id as code, docs link, the taint path and related sites. */
export function toDiagnostic(finding: Finding): Diagnostic {
  const related: DiagnosticRelatedInformation[] = [...finding.flow, ...finding.related].map((step) => ({
    location: { uri: pathToFileURL(step.file).href, range: toRange(step.startPosition, step.endPosition) },
    message: step.message,
  }));
  return {
    range: toRange(finding.startPosition, finding.endPosition),
    severity: finding.severity === "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: finding.ruleId,
    codeDescription: { href: docsUrl(finding.ruleId) },
    source: "llmsec",
    message: finding.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
  };
}

/** Engine edits (offsets) as LSP text edits (lines and UTF-16 characters) of a file. */
export function toTextEdits(sourceFile: ts.SourceFile, edits: readonly EngineEdit[]): TextEdit[] {
  return edits.map((edit) => {
    const start = sourceFile.getLineAndCharacterOfPosition(edit.start);
    const end = sourceFile.getLineAndCharacterOfPosition(edit.end);
    return { range: { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } }, newText: edit.newText };
  });
}

/** The smallest single edit that turns `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(sourceFile: ts.SourceFile, after: string): TextEdit | undefined {
  const before = fileText(sourceFile);
  if (before === after) return undefined;
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return toTextEdits(sourceFile, [{ start: prefix, end: before.length - suffix, newText: after.slice(prefix, after.length - suffix) }])[0];
}
