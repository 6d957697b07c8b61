import fs from "node:fs";
import path from "node:path";
import type ts from "typescript";
import type { Finding } from "./finding";
import type { Fix } from "./rule";
import { fileText, parseSource, syntaxErrors } from "./source";

export interface FixOutcome {
  readonly text: string;
  readonly sourceFile: ts.SourceFile;
  /** Fixes applied over all passes. */
  readonly applied: number;
  /** Fixes refused because the result would not parse. */
  readonly refused: number;
}

/** Applies non-overlapping fixes in one pass; a fix whose edits overlap an earlier one waits for the next pass. */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: Fix[] } {
  const ordered = [...fixes].sort((a, b) => firstStart(a) - firstStart(b));
  const applied: Fix[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const fix of ordered) {
    const overlaps = fix.edits.some((edit) => taken.some((t) => (edit.start < t.end && t.start < edit.end) || edit.start === t.start));
    if (overlaps) continue;
    applied.push(fix);
    for (const edit of fix.edits) taken.push({ start: edit.start, end: edit.end });
  }
  const edits = applied.flatMap((f) => f.edits).sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of edits) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return { text: result, applied };
}

function firstStart(fix: Fix): number {
  return Math.min(...fix.edits.map((e) => e.start));
}

/**
 * Fixes a file's text until no accepted fix is left (at most `maxPasses` passes), re-linting
 * after each pass as ESLint does. Every pass is re-parsed; a fix that adds a syntax error is
 * refused, so the result never parses worse than the input.
 */
export function fixText(
  file: string,
  original: ts.SourceFile,
  lint: (sourceFile: ts.SourceFile) => readonly Finding[],
  accept: (fix: Fix) => boolean,
  maxPasses = 10,
): FixOutcome {
  let sourceFile = original;
  let applied = 0;
  const refusedKeys = new Set<string>();
  const baseline = syntaxErrors(original).length;
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = lint(sourceFile)
      .map((f) => f.fix)
      .filter((fix): fix is Fix => fix !== undefined && accept(fix) && !refusedKeys.has(fixKey(fix)));
    if (fixes.length === 0) break;
    let attempt = applyFixes(fileText(sourceFile), fixes);
    let candidate = parseSource(file, attempt.text);
    if (syntaxErrors(candidate).length > baseline) {
      // Find the culprits one at a time and keep the fixes that parse.
      const good: Fix[] = [];
      for (const fix of fixes) {
        const trial = applyFixes(fileText(sourceFile), [...good, fix]);
        if (syntaxErrors(parseSource(file, trial.text)).length > baseline) refusedKeys.add(fixKey(fix));
        else good.push(fix);
      }
      if (good.length === 0) break;
      attempt = applyFixes(fileText(sourceFile), good);
      candidate = parseSource(file, attempt.text);
    }
    if (attempt.applied.length === 0 || fileText(candidate) === fileText(sourceFile)) break;
    applied += attempt.applied.length;
    sourceFile = candidate;
  }
  return { text: fileText(sourceFile), sourceFile, applied, refused: refusedKeys.size };
}

function fixKey(fix: Fix): string {
  return JSON.stringify(fix.edits);
}

export class ConcurrentModificationError extends Error {}

/**
 * Writes `text` to `file` atomically: a temporary file beside it, flushed, then renamed over it,
 * keeping the file's mode. Refuses if the file changed on disk since `expectedCurrent` was read,
 * so an edit made meanwhile is never overwritten.
 */
export function writeFileAtomic(file: string, expectedCurrent: string, text: string): void {
  const current = fs.readFileSync(file, "utf8");
  if (stripBom(current) !== expectedCurrent) throw new ConcurrentModificationError(`${file} changed on disk while llmsec was fixing it; not written`);
  const bom = current.charCodeAt(0) === 0xfeff ? "\ufeff" : "";
  const mode = fs.statSync(file).mode;
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.llmsec-${process.pid}-${Date.now()}.tmp`);
  const fd = fs.openSync(temp, "w", mode);
  try {
    fs.writeFileSync(fd, bom + text, "utf8");
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
