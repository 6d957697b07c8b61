import ts from "typescript";
import { catalogue } from "./registry";
import { missingReasonMeta, syntaxErrorMeta, unusedDirectiveMeta } from "./engine-rules";
import type { Finding, Position, ResolvedRelatedLocation } from "./finding";
import { ImportIndex } from "./imports";
import type { NodeVisitor, RelatedLocation, ReportDescriptor, Rule, RuleContext, RuleMeta, Severity, TextEdit } from "./rule";
import { fileOffset, syntaxErrors, componentModuleOf } from "./source";
import { findDirectives, type Directive } from "./suppression";
import type { TaintEngine } from "./taint/flows";
import type { ToolInventory } from "./tools/inventory";
import type { PromptAnalyzer } from "./taint/prompts";
import { traverse } from "./traverser";

export interface ActiveRule {
  readonly rule: Rule;
  readonly severity: Severity;
}

export interface LintFileOptions {
  readonly rules: readonly ActiveRule[];
  /** Severity of the engine's own diagnostics; `off` drops them. */
  readonly engineSeverity: (meta: RuleMeta) => Severity | "off";
  /** All rule ids llmsec knows, to tell a misspelled id in a suppression from a disabled rule. */
  readonly knownRuleIds: ReadonlySet<string>;
  readonly getTypeChecker: () => ts.TypeChecker | undefined;
  /** Another file of the run, to place related locations that a cross-file flow points at. */
  readonly sourceFileFor: (file: string) => ts.SourceFile | undefined;
  readonly taint: TaintEngine;
  readonly tools: ToolInventory;
  readonly prompts: PromptAnalyzer;
}

/** Runs every active rule over one parsed file in a single walk, then applies suppressions. */
export function lintSourceFile(sourceFile: ts.SourceFile, options: LintFileOptions): Finding[] {
  const filePath = sourceFile.fileName;
  const raw: Finding[] = [];
  const imports = new ImportIndex(sourceFile);
  const visitors: NodeVisitor[] = [];

  for (const { rule, severity } of options.rules) {
    const context: RuleContext = {
      meta: rule.meta,
      sourceFile,
      filePath,
      catalogue: catalogue(),
      imports,
      getTypeChecker: options.getTypeChecker,
      taint: options.taint,
      tools: options.tools,
      prompts: options.prompts,
      report: (descriptor) => raw.push(toFinding(sourceFile, rule.meta, severity, descriptor, options.sourceFileFor)),
    };
    visitors.push(rule.create(context));
  }
  traverse(sourceFile, visitors);

  const findings = applySuppressions(sourceFile, raw, options);
  // Errors in a Vue template's stand-in JSX are not the file's: that code is generated.
  const generatedFrom = componentModuleOf(sourceFile)?.originalLength ?? Infinity;
  const firstSyntaxError = syntaxErrors(sourceFile).find((error) => error.start < generatedFrom);
  const syntaxSeverity = options.engineSeverity(syntaxErrorMeta);
  if (firstSyntaxError && syntaxSeverity !== "off") {
    findings.push(
      toFinding(sourceFile, syntaxErrorMeta, syntaxSeverity, {
        start: firstSyntaxError.start,
        end: firstSyntaxError.start + Math.max(firstSyntaxError.length, 0),
        messageId: "syntaxError",
        data: { message: ts.flattenDiagnosticMessageText(firstSyntaxError.messageText, " ") },
      }),
    );
  }
  return findings.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
}

function applySuppressions(sourceFile: ts.SourceFile, findings: Finding[], options: LintFileOptions): Finding[] {
  const directives = findDirectives(sourceFile);
  if (directives.length === 0) return findings;
  const enabled = new Set(options.rules.map((r) => r.rule.meta.id));
  const used = new Map<Directive, Set<string>>();
  const kept: Finding[] = [];

  for (const finding of findings) {
    const line = finding.startPosition.line - 1;
    const directive = directives.find((d) => d.line === line - 1 && d.reason !== undefined && d.ruleIds.includes(finding.ruleId));
    if (!directive) {
      kept.push(finding);
      continue;
    }
    const ids = used.get(directive) ?? new Set<string>();
    ids.add(finding.ruleId);
    used.set(directive, ids);
  }

  const reasonSeverity = options.engineSeverity(missingReasonMeta);
  const unusedSeverity = options.engineSeverity(unusedDirectiveMeta);
  for (const directive of directives) {
    if (directive.reason === undefined || directive.ruleIds.length === 0) {
      if (reasonSeverity !== "off") {
        kept.push(
          toFinding(sourceFile, missingReasonMeta, reasonSeverity, {
            start: directive.commentStart,
            end: directive.commentEnd,
            messageId: directive.ruleIds.length === 0 ? "missingRuleId" : "missingReason",
            data: { ruleIds: directive.ruleIds.join(", ") },
          }),
        );
      }
      continue;
    }
    if (unusedSeverity === "off") continue;
    const usedIds = used.get(directive) ?? new Set<string>();
    const unused = directive.ruleIds.filter((id) => !usedIds.has(id) && (enabled.has(id) || !options.knownRuleIds.has(id)));
    for (const ruleId of unused) {
      kept.push(
        toFinding(sourceFile, unusedDirectiveMeta, unusedSeverity, {
          start: directive.commentStart,
          end: directive.commentEnd,
          messageId: options.knownRuleIds.has(ruleId) ? "unused" : "unknownRule",
          data: { ruleId },
          fix: {
            safety: "safe",
            description: `Remove '${ruleId}' from the suppression comment`,
            edits: [removalEdit(sourceFile, directive, unused)],
          },
        }),
      );
    }
  }
  return kept;
}

/** Removes the unused ids from a directive, or the whole comment (and its line, if it stands alone) when none is left. */
function removalEdit(sourceFile: ts.SourceFile, directive: Directive, unused: readonly string[]): TextEdit {
  const remaining = directive.ruleIds.filter((id) => !unused.includes(id));
  if (remaining.length > 0) return { start: directive.idsStart, end: directive.idsEnd, newText: remaining.join(", ") };
  const text = sourceFile.text;
  const lineStart = sourceFile.getPositionOfLineAndCharacter(directive.line, 0);
  let lineEnd = text.indexOf("\n", directive.commentEnd);
  lineEnd = lineEnd < 0 ? text.length : lineEnd + 1;
  const before = text.slice(lineStart, directive.commentStart);
  const after = text.slice(directive.commentEnd, lineEnd);
  if (before.trim() === "" && after.trim() === "") return { start: lineStart, end: lineEnd, newText: "" };
  // A JSX comment `{/* ... */}` goes with its braces.
  if (before.trimEnd().endsWith("{") && after.trimStart().startsWith("}")) {
    const open = text.lastIndexOf("{", directive.commentStart);
    const close = text.indexOf("}", directive.commentEnd);
    return { start: open, end: close + 1, newText: "" };
  }
  let start = directive.commentStart;
  while (start > lineStart && (text[start - 1] === " " || text[start - 1] === "\t")) start--;
  return { start, end: directive.commentEnd, newText: "" };
}

export function formatMessage(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (data && key in data ? String(data[key]) : whole));
}

function toFinding(
  sourceFile: ts.SourceFile,
  meta: RuleMeta,
  severity: Severity,
  descriptor: ReportDescriptor,
  sourceFileFor: (file: string) => ts.SourceFile | undefined = () => undefined,
): Finding {
  const template = meta.messages[descriptor.messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} reported unknown messageId '${descriptor.messageId}'`);
  const generatedStart = descriptor.node ? descriptor.node.getStart(sourceFile) : (descriptor.start ?? 0);
  const generatedEnd = descriptor.node ? descriptor.node.getEnd() : (descriptor.end ?? generatedStart);
  const start = fileOffset(sourceFile, generatedStart);
  const end = Math.max(start, fileOffset(sourceFile, generatedEnd));
  // A fix written against generated code (a Vue template's stand-in JSX) has nothing to edit in the file.
  const vue = componentModuleOf(sourceFile);
  const fixable = !vue || !descriptor.fix || descriptor.fix.edits.every((edit) => edit.end <= vue.originalLength);
  const resolve = (locations: readonly RelatedLocation[] | undefined): ResolvedRelatedLocation[] => {
    const resolved: ResolvedRelatedLocation[] = [];
    for (const location of locations ?? []) {
      const file = location.file ?? sourceFile.fileName;
      const target = file === sourceFile.fileName ? sourceFile : sourceFileFor(file);
      if (!target) continue; // a file that vanished from the run: the step cannot be shown
      resolved.push({ ...location, file, startPosition: positionAt(target, location.start), endPosition: positionAt(target, location.end) });
    }
    return resolved;
  };
  return {
    ruleId: meta.id,
    severity,
    message: formatMessage(template, descriptor.data),
    file: sourceFile.fileName,
    start,
    end,
    startPosition: positionAt(sourceFile, start),
    endPosition: positionAt(sourceFile, end),
    ...(descriptor.fix && fixable ? { fix: descriptor.fix } : {}),
    related: resolve(descriptor.related),
    flow: resolve(descriptor.flow),
  };
}

export function positionAt(sourceFile: ts.SourceFile, offset: number): Position {
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(Math.min(Math.max(fileOffset(sourceFile, offset), 0), sourceFile.text.length));
  return { line: line + 1, column: character + 1 };
}
