import fs from "node:fs";
import type { FileResult, Finding } from "../engine/finding";

/** A baseline that cannot be used: exit code 2, like a broken config. */
export class BaselineError extends Error {}

/**
 * The fingerprints of a baseline: a JSON report written earlier by `llmsec lint --format json`.
 * Adopting llmsec on an existing codebase: record today's findings once, then fail only on new ones.
 */
export function readBaseline(file: string): ReadonlySet<string> {
  let report: unknown;
  try {
    report = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : "not valid JSON";
    throw new BaselineError(`${file}: ${reason}`);
  }
  const results = (report as { tool?: unknown; results?: unknown }).tool === "llmsec" ? (report as { results?: unknown }).results : undefined;
  if (!Array.isArray(results)) throw new BaselineError(`${file}: not a report of 'llmsec lint --format json'`);
  const fingerprints = new Set<string>();
  for (const result of results as { findings?: { fingerprint?: unknown }[] }[]) {
    for (const finding of result.findings ?? []) {
      if (typeof finding.fingerprint !== "string" || finding.fingerprint === "") throw new BaselineError(`${file}: a finding has no fingerprint (a report from an older llmsec?); write the baseline again`);
      fingerprints.add(finding.fingerprint);
    }
  }
  return fingerprints;
}

/** The results without the findings the baseline already holds, and how many were left out. */
export function withoutBaseline(results: readonly FileResult[], baseline: ReadonlySet<string>, fingerprints: ReadonlyMap<Finding, string>): { results: FileResult[]; known: number } {
  let known = 0;
  const kept = results.map((result) => ({
    file: result.file,
    findings: result.findings.filter((finding) => {
      const inBaseline = baseline.has(fingerprints.get(finding) ?? "");
      if (inBaseline) known++;
      return !inBaseline;
    }),
  }));
  return { results: kept, known };
}
