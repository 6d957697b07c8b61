import ts from "typescript";
import type { Evaluator } from "./evaluator";

/** What finding calls through tables needs of the run. */
export interface TableProject {
  readonly textOf: (file: string) => string;
  readonly importersOf: (file: string) => readonly string[];
  readonly load: (file: string) => ts.SourceFile | undefined;
  readonly evaluator: Evaluator;
  /** Per run: the names each file writes as property values, with the text they were read from. */
  readonly valueNames: Map<string, { readonly text: string; readonly names: ReadonlySet<string> }>;
}

/**
 * A function kept in a handler table (`const toolHandlers = { [fetchUrlTool.name]: fetchUrl }`) is
 * called through it: `toolHandlers[name](args)`, or `const handler = toolHandlers[name]; handler(args)`.
 */
export function callsThroughTables(fn: ts.SignatureDeclaration, name: string, files: readonly string[], project: TableProject): ts.CallExpression[] {
  const tables: { name: string; file: string }[] = [];
  for (const file of new Set(files)) {
    if (!propertyValueNames(project.valueNames, file, project.textOf(file)).has(name)) continue;
    const sourceFile = project.load(file);
    if (!sourceFile) continue;
    for (const statement of sourceFile.statements) {
      const list = ts.isVariableStatement(statement) ? statement.declarationList.declarations : [];
      for (const declaration of list) {
        let init = declaration.initializer;
        while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init))) init = init.expression;
        if (!ts.isIdentifier(declaration.name) || !init || !ts.isObjectLiteralExpression(init)) continue;
        const holds = init.properties.some((p) => (ts.isPropertyAssignment(p) && ts.isIdentifier(p.initializer) && p.initializer.text === name) || (ts.isShorthandPropertyAssignment(p) && p.name.text === name));
        if (holds) tables.push({ name: declaration.name.text, file });
      }
    }
  }
  const sites: ts.CallExpression[] = [];
  for (const table of tables) {
    for (const file of new Set([table.file, ...project.importersOf(table.file)])) {
      if (!project.textOf(file).includes(`${table.name}[`)) continue;
      const sourceFile = project.load(file);
      if (!sourceFile) continue;
      const lookup = (expression: ts.Expression): boolean => {
        let expr = expression;
        while (ts.isNonNullExpression(expr) || ts.isAsExpression(expr) || ts.isParenthesizedExpression(expr)) expr = expr.expression;
        if (ts.isElementAccessExpression(expr)) return ts.isIdentifier(expr.expression) && expr.expression.text === table.name;
        if (!ts.isIdentifier(expr)) return false;
        const defined = project.evaluator.definitionOf(expr);
        return defined !== expr && lookup(defined);
      };
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && lookup(node.expression) && project.evaluator.evaluate(node.expression).functions.includes(fn)) sites.push(node);
        ts.forEachChild(node, visit);
      };
      visit(sourceFile);
    }
  }
  return sites;
}

/** The names a file writes as property values (`key: name`, `{ name }`): one scan of its text, kept while the text is the same. */
function propertyValueNames(valueNamesByFile: TableProject["valueNames"], file: string, text: string): ReadonlySet<string> {
  const known = valueNamesByFile.get(file);
  if (known && known.text === text) return known.names;
  const names = new Set<string>();
  for (const match of text.matchAll(/(?::|[{,])\s*([A-Za-z_$][\w$]*)\s*(?=[,}\n])/g)) if (match[1]) names.add(match[1]);
  valueNamesByFile.set(file, { text, names });
  return names;
}
