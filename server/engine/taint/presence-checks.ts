import ts from "typescript";

/** `typeof X !== "undefined"`, `typeof X === "function"`: whether a global a script tag defines is there. */
export function isPresenceCheck(condition: ts.Expression): boolean {
  let expr = condition;
  while (ts.isParenthesizedExpression(expr)) expr = expr.expression;
  if (!ts.isBinaryExpression(expr)) return false;
  const sides = [expr.left, expr.right];
  const typeOf = sides.find(ts.isTypeOfExpression);
  const literal = sides.find(ts.isStringLiteralLike);
  if (!typeOf || !literal || !ts.isIdentifier(typeOf.expression)) return false;
  const negated = expr.operatorToken.kind === ts.SyntaxKind.ExclamationEqualsEqualsToken || expr.operatorToken.kind === ts.SyntaxKind.ExclamationEqualsToken;
  const equal = expr.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken || expr.operatorToken.kind === ts.SyntaxKind.EqualsEqualsToken;
  return (negated && literal.text === "undefined") || (equal && (literal.text === "function" || literal.text === "object"));
}
