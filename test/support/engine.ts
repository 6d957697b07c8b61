import path from "node:path";
import { defaultConfig } from "../../server/engine/config";
import type { Finding } from "../../server/engine/finding";
import { fixText } from "../../server/engine/fixes";
import { lintSourceFile } from "../../server/engine/linter";
import { Project } from "../../server/engine/project";
import { lintOptionsFor } from "../../server/engine/run";
import { parseSource } from "../../server/engine/source";

/** Lints one file in memory with every rule on at its default severity. */
export function lintText(file: string, text: string): Finding[] {
  const project = Project.standalone();
  const sourceFile = project.update(path.resolve(file), text);
  return lintSourceFile(sourceFile, lintOptionsFor(defaultConfig(path.dirname(file)), project));
}

/** Applies every fix, suggestions included, as `--fix --unsafe-fixes` would. */
export function fixAll(file: string, text: string): string {
  const project = Project.standalone();
  const options = lintOptionsFor(defaultConfig(path.dirname(file)), project);
  return fixText(path.resolve(file), parseSource(path.resolve(file), text), (sf) => lintSourceFile(sf, options), () => true).text;
}
