import { resolveModule } from "../module-resolution";

/**
 * Module specifiers in import and export declarations, `import()` and `require()`.
 * Read from the text, not a tree, so that the graph of a whole workspace costs no memory for
 * trees; a specifier in a comment or string that looks like an import only adds a candidate
 * file to a callers search, which then checks each call it finds.
 */
const specifierPattern = /\b(?:from|import|require)\s*\(?\s*(["'])([^"'\n]+)\1/g;

export function moduleSpecifiers(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(specifierPattern)) found.add(match[2] ?? "");
  return [...found];
}

/**
 * Which files of a run import which (relative and aliased imports, re-exports, `require`), built once and
 * updated one file at a time, so that an editor's edit does not re-read the whole workspace.
 */
export class ImportGraph {
  private importsOf = new Map<string, Set<string>>();
  private importers: Map<string, Set<string>> | undefined;

  private readonly matching = new Map<RegExp, Set<string>>();
  constructor(
    private readonly readText: (file: string) => string | undefined,
    private readonly runFiles: () => readonly string[],
  ) {}

  /** A file's text, without parsing it. */
  textOf(file: string): string {
    return this.readText(file) ?? "";
  }

  /** The files of the run. */
  files(): readonly string[] {
    return this.runFiles();
  }

  /** The files whose text matches a pattern (no `g` flag), kept up to date as files change. */
  filesMatching(pattern: RegExp): ReadonlySet<string> {
    let files = this.matching.get(pattern);
    if (!files) {
      files = new Set(this.runFiles().filter((file) => pattern.test(this.textOf(file))));
      this.matching.set(pattern, files);
    }
    return files;
  }

  importersOf(file: string): ReadonlySet<string> {
    return this.build().get(file) ?? new Set();
  }

  /** Forgets everything: the next question rebuilds the graph (after import resolution changed). */
  reset(): void {
    this.importers = undefined;
    this.importsOf = new Map();
    this.matching.clear();
  }

  /** Re-reads one file's imports after it changed (or was deleted). */
  update(file: string): void {
    for (const [pattern, files] of this.matching) {
      if (pattern.test(this.textOf(file))) files.add(file);
      else files.delete(file);
    }
    if (!this.importers) return;
    for (const target of this.importsOf.get(file) ?? []) this.importers.get(target)?.delete(file);
    this.importsOf.delete(file);
    this.add(file);
  }

  private build(): Map<string, Set<string>> {
    if (this.importers) return this.importers;
    this.importers = new Map();
    this.importsOf = new Map();
    for (const file of this.runFiles()) this.add(file);
    return this.importers;
  }

  private add(file: string): void {
    const importers = this.importers;
    const text = this.readText(file);
    if (!importers || text === undefined) return;
    const targets = new Set<string>();
    for (const specifier of moduleSpecifiers(text)) {
      const target = resolveModule(specifier, file)?.resolvedFileName;
      if (target) targets.add(target);
    }
    this.importsOf.set(file, targets);
    for (const target of targets) {
      const set = importers.get(target) ?? new Set<string>();
      set.add(file);
      importers.set(target, set);
    }
  }
}
