import ts from "typescript";
import { resolveRelativeModule } from "../project";

/**
 * Which files of a run import which (relative imports, re-exports, `require`), built once and
 * updated one file at a time, so that an editor's edit does not re-read the whole workspace.
 */
export class ImportGraph {
  private importsOf = new Map<string, Set<string>>();
  private importers: Map<string, Set<string>> | undefined;

  constructor(
    private readonly load: (file: string) => ts.SourceFile | undefined,
    private readonly runFiles: () => readonly string[],
  ) {}

  importersOf(file: string): ReadonlySet<string> {
    return this.build().get(file) ?? new Set();
  }

  /** Re-reads one file's imports after it changed (or was deleted). */
  update(file: string): void {
    if (!this.importers) return;
    for (const target of this.importsOf.get(file) ?? []) this.importers.get(target)?.delete(file);
    this.importsOf.delete(file);
    const sourceFile = this.load(file);
    if (sourceFile) this.add(file, sourceFile);
  }

  private build(): Map<string, Set<string>> {
    if (this.importers) return this.importers;
    this.importers = new Map();
    this.importsOf = new Map();
    for (const file of this.runFiles()) {
      const sourceFile = this.load(file);
      if (sourceFile) this.add(file, sourceFile);
    }
    return this.importers;
  }

  private add(file: string, sourceFile: ts.SourceFile): void {
    const importers = this.importers;
    if (!importers) return;
    const targets = new Set<string>();
    // An explicit stack, not recursion: a generated file can nest expressions thousands deep.
    const pending: ts.Node[] = [sourceFile];
    for (let node = pending.pop(); node; node = pending.pop()) {
      let specifier: string | undefined;
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteralLike(node.moduleSpecifier)) specifier = node.moduleSpecifier.text;
      else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "require" && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) specifier = node.arguments[0].text;
      if (specifier?.startsWith(".")) {
        const target = resolveRelativeModule(specifier, file)?.resolvedFileName;
        if (target) targets.add(target);
      }
      // Imports sit at the top level; `require` calls in declarations and expression statements.
      if (ts.isSourceFile(node) || ts.isVariableStatement(node) || ts.isVariableDeclarationList(node) || ts.isVariableDeclaration(node) || ts.isExpressionStatement(node) || ts.isCallExpression(node) || ts.isBinaryExpression(node) || ts.isAwaitExpression(node)) {
        ts.forEachChild(node, (child) => {
          pending.push(child);
        });
      }
    }
    this.importsOf.set(file, targets);
    for (const target of targets) {
      const set = importers.get(target) ?? new Set<string>();
      set.add(file);
      importers.set(target, set);
    }
  }
}
