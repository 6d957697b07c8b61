import ts from "typescript";
import { resolveModule, resolveWorkspaceModule } from "../module-resolution";

export type LocalExport =
  | { readonly kind: "local"; readonly name: string }
  | { readonly kind: "reexport"; readonly specifier: string; readonly exportName: string }
  | { readonly kind: "expression"; readonly expression: ts.Expression };

/**
 * The project's modules as the taint engine sees them: relative imports (and the workspace's own
 * packages) resolved to files,
 * and each file's exports (ES exports, re-exports and CommonJS `module.exports`), read from
 * syntax alone so that it works without node_modules.
 */
export class ModuleGraph {
  private readonly exportTables = new WeakMap<ts.SourceFile, Map<string, LocalExport>>();
  private readonly starExports = new WeakMap<ts.SourceFile, string[]>();

  constructor(
    private readonly load: (file: string) => ts.SourceFile | undefined,
    /** Packages read from the catalogue, never from a workspace's source. */
    private readonly cataloguedPackages: ReadonlySet<string> = new Set(),
  ) {}

  resolve(specifier: string, fromFile: string): string | undefined {
    return (resolveModule(specifier, fromFile) ?? resolveWorkspaceModule(specifier, fromFile, (name) => this.cataloguedPackages.has(name)))?.resolvedFileName;
  }

  sourceFile(file: string): ts.SourceFile | undefined {
    return this.load(file);
  }

  /** An export the file declares or re-exports by name (`export *` re-exports: see `starExportsOf`). */
  localExport(sourceFile: ts.SourceFile, exportName: string): LocalExport | undefined {
    return this.exportsOf(sourceFile).get(exportName);
  }

  /** The names a file exports by name (not through `export *`). */
  exportNames(sourceFile: ts.SourceFile): readonly string[] {
    return [...this.exportsOf(sourceFile).keys()].filter((name) => name !== "*" && name !== "default");
  }

  /** The modules a file re-exports wholesale (`export * from "./x"`), in order. */
  starExportsOf(sourceFile: ts.SourceFile): readonly string[] {
    this.exportsOf(sourceFile);
    return this.starExports.get(sourceFile) ?? [];
  }

  private exportsOf(sourceFile: ts.SourceFile): Map<string, LocalExport> {
    const cached = this.exportTables.get(sourceFile);
    if (cached) return cached;
    const table = new Map<string, LocalExport>();
    const stars: string[] = [];
    for (const statement of sourceFile.statements) {
      const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      const isDefault = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
      if (ts.isVariableStatement(statement) && exported) {
        for (const declaration of statement.declarationList.declarations) {
          for (const name of boundNames(declaration.name)) table.set(name, { kind: "local", name });
        }
      } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && exported) {
        if (isDefault) {
          if (statement.name) table.set("default", { kind: "local", name: statement.name.text });
        } else if (statement.name) table.set(statement.name.text, { kind: "local", name: statement.name.text });
      } else if (ts.isExportAssignment(statement)) {
        table.set("default", { kind: "expression", expression: statement.expression });
      } else if (ts.isExportDeclaration(statement)) {
        const specifier = statement.moduleSpecifier && ts.isStringLiteralLike(statement.moduleSpecifier) ? statement.moduleSpecifier.text : undefined;
        const clause = statement.exportClause;
        if (!clause && specifier) stars.push(specifier);
        else if (clause && ts.isNamedExports(clause)) {
          for (const element of clause.elements) {
            const local = (element.propertyName ?? element.name).text;
            table.set(element.name.text, specifier ? { kind: "reexport", specifier, exportName: local } : { kind: "local", name: local });
          }
        } else if (clause && ts.isNamespaceExport(clause) && specifier) {
          table.set(clause.name.text, { kind: "reexport", specifier, exportName: "*" });
        }
      } else if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression) && statement.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        collectCommonJsExport(statement.expression, table);
      }
    }
    this.exportTables.set(sourceFile, table);
    this.starExports.set(sourceFile, stars);
    return table;
  }
}

/** `module.exports = x`, `module.exports = { a, b: c }`, `exports.a = x`, `module.exports.a = x`. */
function collectCommonJsExport(assignment: ts.BinaryExpression, table: Map<string, LocalExport>): void {
  const left = assignment.left;
  const right = assignment.right;
  const isModuleExports = (e: ts.Expression): boolean => ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "module" && e.name.text === "exports";
  if (isModuleExports(left)) {
    table.set("default", { kind: "expression", expression: right });
    table.set("*", { kind: "expression", expression: right });
    if (ts.isObjectLiteralExpression(right)) {
      for (const property of right.properties) {
        if (ts.isShorthandPropertyAssignment(property)) table.set(property.name.text, { kind: "local", name: property.name.text });
        else if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name)) table.set(property.name.text, { kind: "expression", expression: property.initializer });
      }
    }
    return;
  }
  if (ts.isPropertyAccessExpression(left) && ((ts.isIdentifier(left.expression) && left.expression.text === "exports") || isModuleExports(left.expression))) {
    table.set(left.name.text, { kind: "expression", expression: right });
  }
}

function boundNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : boundNames(e.name)));
}
