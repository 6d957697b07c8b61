import ts from "typescript";

/** What a local name is bound to by an import: the module specifier and the export it names. */
export interface ImportBinding {
  readonly module: string;
  /** `default`, a named export, or `*` for a namespace / whole CommonJS module. */
  readonly exportName: string;
}

/**
 * Local names bound by a file's imports, `import x = require()` and `require()` declarations.
 * Built by scanning top-level statements only: that is where SDK clients are imported.
 */
export class ImportIndex {
  private readonly bindings = new Map<string, ImportBinding>();

  constructor(sourceFile: ts.SourceFile) {
    for (const statement of sourceFile.statements) this.collect(statement);
  }

  get(localName: string): ImportBinding | undefined {
    return this.bindings.get(localName);
  }

  /** The local name an export is imported under (`rehypeSanitize` for `import rehypeSanitize from "rehype-sanitize"`). */
  localNameOf(module: string, exportName: string): string | undefined {
    for (const [name, binding] of this.bindings) if (binding.module === module && binding.exportName === exportName) return name;
    return undefined;
  }

  /** Module specifiers this file imports. */
  modules(): Set<string> {
    return new Set([...this.bindings.values()].map((b) => b.module));
  }

  /**
   * The import an expression names: `OpenAI` (a binding), `sdk.OpenAI` (a member of a namespace
   * import), `require("openai")` or `require("openai").OpenAI`.
   */
  resolve(expression: ts.Expression): ImportBinding | undefined {
    const expr = skipParens(expression);
    if (ts.isIdentifier(expr)) return this.bindings.get(expr.text);
    if (ts.isPropertyAccessExpression(expr)) {
      const base = skipParens(expr.expression);
      const baseBinding = ts.isIdentifier(base) ? this.bindings.get(base.text) : requireSpecifier(base);
      if (baseBinding && (baseBinding.exportName === "*" || baseBinding.exportName === "default")) {
        return { module: baseBinding.module, exportName: expr.name.text };
      }
      return undefined;
    }
    return requireSpecifier(expr);
  }

  private collect(statement: ts.Statement): void {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const module = statement.moduleSpecifier.text;
      const clause = statement.importClause;
      if (!clause) return;
      if (clause.name) this.bindings.set(clause.name.text, { module, exportName: "default" });
      const named = clause.namedBindings;
      if (named && ts.isNamespaceImport(named)) this.bindings.set(named.name.text, { module, exportName: "*" });
      if (named && ts.isNamedImports(named)) {
        for (const element of named.elements) {
          const exportName = (element.propertyName ?? element.name).text;
          this.bindings.set(element.name.text, { module, exportName });
        }
      }
      return;
    }
    if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)) {
      const spec = statement.moduleReference.expression;
      if (ts.isStringLiteral(spec)) this.bindings.set(statement.name.text, { module: spec.text, exportName: "*" });
      return;
    }
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) this.collectRequire(declaration);
    }
  }

  private collectRequire(declaration: ts.VariableDeclaration): void {
    const init = declaration.initializer && skipParens(declaration.initializer);
    if (!init) return;
    const required = requireSpecifier(init) ?? requireMember(init);
    if (!required) return;
    if (ts.isIdentifier(declaration.name)) {
      this.bindings.set(declaration.name.text, required);
    } else if (ts.isObjectBindingPattern(declaration.name) && required.exportName === "*") {
      for (const element of declaration.name.elements) {
        if (!ts.isIdentifier(element.name)) continue;
        const key = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : element.name.text;
        this.bindings.set(element.name.text, { module: required.module, exportName: key });
      }
    }
  }
}

function skipParens(expression: ts.Expression): ts.Expression {
  let expr = expression;
  while (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr)) expr = expr.expression;
  return expr;
}

/** `require("m")` → the whole module. */
function requireSpecifier(expr: ts.Expression): ImportBinding | undefined {
  if (!ts.isCallExpression(expr) || !ts.isIdentifier(expr.expression) || expr.expression.text !== "require") return undefined;
  const arg = expr.arguments[0];
  return arg && ts.isStringLiteralLike(arg) ? { module: arg.text, exportName: "*" } : undefined;
}

/** `require("m").Name` → that export. */
function requireMember(expr: ts.Expression): ImportBinding | undefined {
  if (!ts.isPropertyAccessExpression(expr)) return undefined;
  const whole = requireSpecifier(skipParens(expr.expression));
  return whole ? { module: whole.module, exportName: expr.name.text } : undefined;
}
