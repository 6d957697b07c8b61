import "../../server/ruleset";
import path from "node:path";
import type { Finding } from "../../server/engine/finding";
import { fixText } from "../../server/engine/fixes";
import { lintSourceFile } from "../../server/engine/linter";
import { Project } from "../../server/engine/project";
import { lintOptionsFor, resolveConfig } from "../../server/engine/run";
import { parseSource } from "../../server/engine/source";

/**
 * Lints one file (its text given, so a test can change it) with every rule on at its default
 * severity; `runFiles` are the other files of the run, read from disk, for cross-file flows.
 */
export function lintText(file: string, text: string, runFiles: readonly string[] = []): Finding[] {
  const project = Project.standalone();
  const sourceFile = project.update(path.resolve(file), text);
  if (!sourceFile) throw new Error(`${file}: ${project.skipReason(path.resolve(file))}`);
  const files = [...new Set([path.resolve(file), ...runFiles])];
  return lintSourceFile(sourceFile, lintOptionsFor(resolveConfig(path.dirname(path.resolve(file)), undefined), project, () => files));
}

/** Applies every fix, suggestions included, as `--fix --unsafe-fixes` would. */
export function fixAll(file: string, text: string, runFiles: readonly string[] = []): string {
  const project = Project.standalone();
  const files = [...new Set([path.resolve(file), ...runFiles])];
  return fixText(path.resolve(file), parseSource(path.resolve(file), text), (sf) => {
    project.update(path.resolve(file), sf.text);
    return lintSourceFile(project.load(path.resolve(file)) ?? sf, lintOptionsFor(resolveConfig(path.dirname(path.resolve(file)), undefined), project, () => files));
  }, () => true).text;
}
