import { createHash } from "node:crypto";
import path from "node:path";
import type { FileResult, Finding } from "./finding";

/**
 * An identity for each finding that survives edits elsewhere in its file: the rule, the file
 * (relative to `cwd`) and the finding's line with whitespace folded, hashed so that a secret on
 * it never appears, plus an occurrence count for identical lines. Used by SARIF
 * (`partialFingerprints`), the JSON report and baselines.
 */
export function fingerprintFindings(results: readonly FileResult[], cwd: string, textOf: (file: string) => string | undefined): Map<Finding, string> {
  const fingerprints = new Map<Finding, string>();
  const seen = new Map<string, number>();
  for (const result of results) {
    const lines = (textOf(result.file) ?? "").split(/\r?\n/);
    for (const finding of result.findings) {
      const lineText = (lines[finding.startPosition.line - 1] ?? "").replace(/\s+/g, " ").trim();
      const relative = path.relative(cwd, finding.file).split(path.sep).join("/");
      const base = createHash("sha256").update(`${finding.ruleId}\0${relative}\0${lineText}`).digest("hex").slice(0, 32);
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      fingerprints.set(finding, `${base}:${count}`);
    }
  }
  return fingerprints;
}
