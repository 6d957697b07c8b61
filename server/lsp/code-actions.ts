import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from "vscode-languageserver/node";
import ts from "typescript";
import type { Finding } from "../engine/finding";
import { minimalEdit, toRange, toTextEdits } from "./convert";
import { componentModuleOf } from "../engine/source";

/** The kind `editor.codeActionsOnSave` asks for to apply all safe fixes: `source.fixAll.llmsec`. */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.llmsec`;

function overlaps(finding: Finding, range: Range): boolean {
  const start = { line: finding.startPosition.line - 1, character: finding.startPosition.column - 1 };
  const end = { line: finding.endPosition.line - 1, character: finding.endPosition.column - 1 };
  const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(start, range.end) && before(range.start, end);
}

/** Quick fixes and "ignore on this line" actions for the findings under a range. */
export function quickFixes(uri: string, sourceFile: ts.SourceFile, findings: readonly Finding[], range: Range, only: readonly string[] | undefined): CodeAction[] {
  const wanted = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  if (!wanted(CodeActionKind.QuickFix)) return [];
  const actions: CodeAction[] = [];
  for (const finding of findings.filter((f) => overlaps(f, range))) {
    const diagnostic = { range: toRange(finding.startPosition, finding.endPosition), message: finding.message, code: finding.ruleId, source: "llmsec" };
    if (finding.fix) {
      actions.push({
        title: `${finding.fix.description}${finding.fix.safety === "suggestion" ? " (review the change)" : ""}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: finding.fix.safety === "safe",
        edit: { changes: { [uri]: toTextEdits(sourceFile, finding.fix.edits) } },
      });
    }
    // Ignore comments are read in scripts; a Vue template line has none to offer.
    if (!finding.ruleId.startsWith("llmsec-") && !inVueTemplate(sourceFile, finding)) actions.push(ignoreAction(uri, sourceFile, finding, diagnostic));
  }
  return actions;
}

/** Inserts an `llmsec-ignore-next-line <rule> -- <reason>` comment above the finding (a JSX comment inside JSX). */
function ignoreAction(uri: string, sourceFile: ts.SourceFile, finding: Finding, diagnostic: Diagnostic): CodeAction {
  const line = finding.startPosition.line - 1;
  const lineStart = sourceFile.getPositionOfLineAndCharacter(line, 0);
  const lineText = sourceFile.text.slice(lineStart, sourceFile.text.indexOf("\n", lineStart) === -1 ? undefined : sourceFile.text.indexOf("\n", lineStart));
  const indent = /^\s*/.exec(lineText)?.[0] ?? "";
  const directive = `llmsec-ignore-next-line ${finding.ruleId} -- <reason>`;
  const comment = inJsxChildren(sourceFile, lineStart + indent.length) ? `{/* ${directive} */}` : `// ${directive}`;
  return {
    title: `Ignore ${finding.ruleId} on this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${comment}\n` }] } },
  };
}

/** True when a line starts among a JSX element's children, where only JSX comments (in braces) are allowed. */
function inJsxChildren(sourceFile: ts.SourceFile, offset: number): boolean {
  let node: ts.Node = sourceFile;
  let parent: ts.Node | undefined;
  for (;;) {
    let next: ts.Node | undefined;
    ts.forEachChild(node, (child) => {
      if (child.getStart(sourceFile) <= offset && offset < child.getEnd()) next = child;
    });
    if (!next) break;
    parent = node;
    node = next;
  }
  const container = parent && (ts.isJsxElement(parent) || ts.isJsxFragment(parent)) ? parent : ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent) ? node.parent : undefined;
  return container !== undefined && (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxExpression(node) || ts.isJsxText(node));
}

/** `source.fixAll.llmsec`: every safe fix of the file as one edit. */
export function fixAllAction(uri: string, sourceFile: ts.SourceFile, fixedText: string | undefined): CodeAction | undefined {
  const edit = fixedText === undefined ? undefined : minimalEdit(sourceFile, fixedText);
  return edit ? { title: "Fix all safe llmsec problems", kind: fixAllKind, edit: { changes: { [uri]: [edit] } } } : undefined;
}

function inVueTemplate(sourceFile: ts.SourceFile, finding: Finding): boolean {
  if (!componentModuleOf(sourceFile)) return false;
  const lineStart = sourceFile.getPositionOfLineAndCharacter(finding.startPosition.line - 1, 0);
  const lineEnd = sourceFile.text.indexOf("\n", lineStart);
  return sourceFile.text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).trim() === "";
}
