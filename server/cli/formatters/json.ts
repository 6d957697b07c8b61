import { countBySeverity, type FileResult, type Finding } from "../../engine/finding";
import type { SkippedFile } from "../../engine/project";
import { toolVersion } from "../../engine/docs-url";

/** Machine-readable output: every finding with its positions, fingerprint, fix and related locations; usable as a baseline. */
export function formatJson(results: readonly FileResult[], skipped: readonly SkippedFile[], fingerprints: ReadonlyMap<Finding, string>): string {
  const { errors, warnings, fixable } = countBySeverity(results);
  const report = {
    tool: "llmsec",
    version: toolVersion,
    summary: { files: results.length, errors, warnings, fixable, skipped: skipped.length },
    results: results.map((result) => ({
      file: result.file,
      findings: result.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: f.startPosition.line,
        column: f.startPosition.column,
        endLine: f.endPosition.line,
        endColumn: f.endPosition.column,
        fingerprint: fingerprints.get(f) ?? "",
        ...(f.fix ? { fix: f.fix } : {}),
        related: f.related.map((r) => ({ file: r.file, line: r.startPosition.line, column: r.startPosition.column, message: r.message })),
        flow: f.flow.map((r) => ({ file: r.file, line: r.startPosition.line, column: r.startPosition.column, message: r.message })),
      })),
    })),
    skipped,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
