import fs from "node:fs";
import path from "node:path";
import type { LintArgs } from "./args";
import { paletteFor } from "./color";
import { formatJson } from "./formatters/json";
import { formatSarif } from "./formatters/sarif";
import { displayPath, formatStylish } from "./formatters/stylish";
import { readBaseline, withoutBaseline } from "./baseline";
import { createProgress } from "./progress";
import { countBySeverity, type FileResult } from "../engine/finding";
import { fingerprintFindings } from "../engine/fingerprint";
import { fixText, writeFileAtomic } from "../engine/fixes";
import { lintSourceFile } from "../engine/linter";
import { allRuleMetas } from "../engine/registry";
import { lintGuarded, runLint } from "../engine/run";
import { fileText } from "../engine/source";

export interface CliIo {
  readonly cwd: string;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
}

/** `llmsec lint`: returns the exit code. */
export function lintCommand(args: LintArgs, io: CliIo): number {
  // A baseline that cannot be read stops the run before any analysis.
  const baseline = args.baseline === undefined ? undefined : readBaseline(path.resolve(io.cwd, args.baseline));
  const progress = createProgress(io.stderr);
  const run = runLint({
    cwd: io.cwd,
    paths: args.paths,
    configFile: args.config,
    tsconfig: args.project,
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.clear();

  if (run.unmatched.length > 0) {
    for (const pattern of run.unmatched) io.stderr.write(`llmsec: no files match '${pattern}'\n`);
    return 2;
  }
  for (const skipped of run.skipped) io.stderr.write(`llmsec: skipped ${displayPath(skipped.file, io.cwd)}: ${skipped.reason}\n`);
  if (run.results.length === 0) io.stderr.write(run.skipped.length > 0 ? "llmsec: every selected file was skipped; nothing analyzed\n" : "llmsec: no JavaScript or TypeScript files to analyze\n");

  let results = run.results;
  if (args.fix) results = applyFixes(results, args, run, io);
  // Fingerprints over every finding, before any is left out, so they match a baseline's.
  const fingerprints = fingerprintFindings(results, io.cwd, (file) => run.project.textOf(file));
  if (baseline) {
    const filtered = withoutBaseline(results, baseline, fingerprints);
    results = filtered.results;
    if (filtered.known > 0) io.stderr.write(`llmsec: ${filtered.known} finding(s) already in the baseline ${args.baseline} not reported\n`);
  }
  if (args.quiet) results = results.map((r) => ({ file: r.file, findings: r.findings.filter((f) => f.severity === "error") }));

  const report =
    args.format === "json"
      ? formatJson(results, run.skipped, fingerprints)
      : args.format === "sarif"
        ? formatSarif(results, run.skipped, allRuleMetas(), io.cwd, fingerprints)
        : formatStylish(results, io.cwd, paletteFor(io.stdout, args.noColor || args.output !== undefined));

  if (args.output) {
    const target = path.resolve(io.cwd, args.output);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, report);
  } else {
    io.stdout.write(report);
  }

  const { errors, warnings } = countBySeverity(results);
  if (errors > 0) return 1;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.stderr.write(`llmsec: too many warnings (${warnings}); the maximum allowed is ${args.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** Applies fixes file by file, writes each fixed file atomically, and returns the findings left after fixing. */
function applyFixes(results: FileResult[], args: LintArgs, run: ReturnType<typeof runLint>, io: CliIo): FileResult[] {
  let appliedTotal = 0;
  let filesFixed = 0;
  const accept = (fix: { safety: string }) => fix.safety === "safe" || args.unsafeFixes;
  const after: FileResult[] = [];
  for (const result of results) {
    if (!result.findings.some((f) => f.fix && accept(f.fix))) {
      after.push(result);
      continue;
    }
    const original = run.project.load(result.file);
    if (!original) {
      after.push(result);
      continue;
    }
    const outcome = fixText(result.file, original, (sf) => lintSourceFile(sf, run.lintOptions), accept);
    if (outcome.refused > 0) {
      io.stderr.write(`llmsec: ${displayPath(result.file, io.cwd)}: refused ${outcome.refused} fix(es) whose result would not parse\n`);
    }
    if (outcome.applied === 0 || outcome.text === fileText(original)) {
      after.push(result);
      continue;
    }
    try {
      writeFileAtomic(result.file, fileText(original), outcome.text);
    } catch (error) {
      io.stderr.write(`llmsec: ${(error as Error).message}\n`);
      after.push(result);
      continue;
    }
    const updated = run.project.update(result.file, outcome.text);
    appliedTotal += outcome.applied;
    filesFixed++;
    const findings = updated && lintGuarded(run.project, updated, run.lintOptions);
    if (findings) after.push({ file: result.file, findings });
  }
  if (appliedTotal > 0) io.stderr.write(`llmsec: applied ${appliedTotal} fix(es) in ${filesFixed} file(s)\n`);
  return after;
}
