import ts from "typescript";
import type { ScopeResolver } from "./scope";

/** What the guards read of constants and members: the values a check compares against. */

/** Follows `const NAME = <initializer>` (through `as const` and `satisfies`). */
export function resolveConstInitializer(expression: ts.Expression, scopes: ScopeResolver): ts.Expression | undefined {
  let expr = unwrap(expression);
  for (let hops = 0; hops < 4 && ts.isIdentifier(expr); hops++) {
    const binding = scopes.resolve(expr);
    const declaration = binding?.declaration;
    if (!declaration || !ts.isVariableDeclaration(declaration) || binding.pattern.length > 0) return undefined;
    if (!declaration.initializer || !(declaration.parent.flags & ts.NodeFlags.Const || (declaration.parent.flags & ts.NodeFlags.Let && neverReassigned(declaration, binding.scope, scopes)))) return undefined;
    expr = unwrap(declaration.initializer);
  }
  return expr;
}

/** A `let` nothing assigns again is a constant: `let chatUrl = \`${base}/api/chat?q=…\``. Cached per declaration. */
const reassignment = new WeakMap<ts.VariableDeclaration, boolean>();

export function neverReassigned(declaration: ts.VariableDeclaration, scope: ts.Node, scopes: ScopeResolver): boolean {
  const cached = reassignment.get(declaration);
  if (cached !== undefined) return !cached;
  const name = ts.isIdentifier(declaration.name) ? declaration.name.text : undefined;
  let written = name === undefined;
  const visit = (node: ts.Node): void => {
    if (written) return;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment && ts.isIdentifier(node.left) && node.left.text === name && scopes.resolve(node.left)?.declaration === declaration) written = true;
    else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && ts.isIdentifier(node.operand) && node.operand.text === name && scopes.resolve(node.operand)?.declaration === declaration) written = true;
    else if ((ts.isObjectLiteralExpression(node) || ts.isArrayLiteralExpression(node)) && ts.isBinaryExpression(node.parent) && node.parent.left === node && node.getText().includes(name ?? "")) written = true;
    else ts.forEachChild(node, visit);
  };
  visit(scope);
  reassignment.set(declaration, written);
  return !written;
}

export function unwrap(expression: ts.Expression): ts.Expression {
  let expr = expression;
  while (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr) || ts.isTypeAssertionExpression(expr)) expr = expr.expression;
  return expr;
}

export function isLiteralLike(node: ts.Node): boolean {
  return ts.isStringLiteralLike(node) || ts.isNumericLiteral(node) || node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword;
}

export function isMember(expression: ts.Expression, name: string): boolean {
  return ts.isPropertyAccessExpression(expression) && expression.name.text === name;
}
