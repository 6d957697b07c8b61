import ts from "typescript";

/**
 * What Svelte gives a component's script beyond plain JavaScript: props declared with
 * `export let name` (Svelte 4) or `let { name } = $props()` (Svelte 5), runes that hold or derive
 * a value (`$state(x)`, `$derived(expr)`, `$derived.by(fn)`), and reactive statements
 * (`$: html = marked(text)`), whose names need no declaration.
 */

/** A rune call, by its (unresolved) name: what its value is. */
export type RuneValue = { readonly kind: "props" } | { readonly kind: "argument"; readonly argument: ts.Expression } | { readonly kind: "result"; readonly callback: ts.Expression };

export function runeValue(node: ts.CallExpression): RuneValue | undefined {
  const callee = node.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) ? `${callee.expression.text}.${callee.name.text}` : undefined;
  const first = node.arguments[0];
  if (name === "$props") return { kind: "props" };
  if ((name === "$state" || name === "$state.raw" || name === "$derived") && first) return { kind: "argument", argument: first };
  if (name === "$derived.by" && first) return { kind: "result", callback: first };
  return undefined;
}

/** The root name of a rune call's callee (`$derived` of `$derived.by`), to check it is not a binding of the script's own. */
export function runeName(node: ts.CallExpression): ts.Identifier | undefined {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text.startsWith("$") ? callee : undefined;
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text.startsWith("$")) return callee.expression;
  return undefined;
}

/** `export let message` at the top of a component's script: a prop its parents give. */
export function isExportedProp(declaration: ts.VariableDeclaration): boolean {
  const statement = declaration.parent.parent;
  return ts.isVariableStatement(statement) && ts.isSourceFile(statement.parent) && (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

/** `$: name = expr` at the top of a component's script: the values of a reactive name. */
export function reactiveAssignments(sourceFile: ts.SourceFile, name: string): ts.Expression[] {
  const values: ts.Expression[] = [];
  for (const statement of sourceFile.statements) {
    if (!ts.isLabeledStatement(statement) || statement.label.text !== "$") continue;
    const body = statement.statement;
    const expression = ts.isExpressionStatement(body) ? body.expression : undefined;
    if (expression && ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(expression.left) && expression.left.text === name) values.push(expression.right);
  }
  return values;
}
