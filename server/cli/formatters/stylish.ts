import path from "node:path";
import type { Palette } from "../color";
import { countBySeverity, type FileResult } from "../../engine/finding";

/** ESLint's "stylish" layout: findings grouped by file, then one summary line. */
export function formatStylish(results: readonly FileResult[], cwd: string, palette: Palette): string {
  const lines: string[] = [];
  for (const result of results) {
    if (result.findings.length === 0) continue;
    lines.push(palette.underline(displayPath(result.file, cwd)));
    const rows = result.findings.map((f) => ({
      position: `${f.startPosition.line}:${f.startPosition.column}`,
      severity: f.severity === "error" ? "error" : "warning",
      message: f.message,
      ruleId: f.ruleId,
    }));
    const positionWidth = Math.max(...rows.map((r) => r.position.length));
    for (const row of rows) {
      const severity = row.severity === "error" ? palette.red(row.severity.padEnd(7)) : palette.yellow(row.severity.padEnd(7));
      lines.push(`  ${palette.dim(row.position.padEnd(positionWidth))}  ${severity}  ${row.message}  ${palette.dim(row.ruleId)}`);
    }
    lines.push("");
  }
  const { errors, warnings, fixable } = countBySeverity(results);
  const total = errors + warnings;
  if (total === 0) return "";
  const summary = `✖ ${total} ${plural(total, "problem")} (${errors} ${plural(errors, "error")}, ${warnings} ${plural(warnings, "warning")})`;
  lines.push(errors > 0 ? palette.red(palette.bold(summary)) : palette.yellow(palette.bold(summary)));
  if (fixable > 0) lines.push(palette.dim(`  ${fixable} ${plural(fixable, "problem")} fixable with the \`--fix\` option.`));
  return `\n${lines.join("\n")}\n`;
}

export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
