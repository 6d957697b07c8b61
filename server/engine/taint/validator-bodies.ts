import ts from "typescript";

/**
 * What a project validator's body shows before its name is believed. A validator whose only
 * statement hands its argument to another (`validateQuery(sql) { validateQuery(sql); }` in a
 * base class) is read through to that one; a body that throws only when a pattern of known-bad
 * input matches (`if (/;\s*DROP/i.test(sql)) throw …`) is a deny-list, which text it never
 * thought of gets past, so it checks nothing a sink can rely on.
 */

type Resolve = (callee: ts.Expression) => readonly ts.SignatureDeclaration[];

/** How deep a chain of forwarding validators is followed. */
const maxForwarding = 3;

/** The validators finally run for the argument at `index`: forwarding bodies replaced by what they forward to. */
export function forwardedValidators(fns: readonly ts.SignatureDeclaration[], index: number, resolve: Resolve, depth = 0): { fn: ts.SignatureDeclaration; index: number }[] {
  const out: { fn: ts.SignatureDeclaration; index: number }[] = [];
  for (const fn of fns) {
    const next = depth < maxForwarding ? forwardingCall(fn, index) : undefined;
    const targets = next ? resolve(next.call.expression).filter((target) => target !== fn) : [];
    if (next && targets.length > 0) out.push(...forwardedValidators(targets, next.index, resolve, depth + 1));
    else out.push({ fn, index });
  }
  return out;
}

/** `{ validateQuery(sql, readOnly); }` / `=> check(x)`: the one call a body makes, and where the parameter goes in it. */
function forwardingCall(fn: ts.SignatureDeclaration, index: number): { call: ts.CallExpression; index: number } | undefined {
  const parameter = fn.parameters[index];
  const body = "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
  if (!parameter || !ts.isIdentifier(parameter.name) || !body) return undefined;
  let expression: ts.Expression | undefined;
  if (ts.isBlock(body)) {
    const [only] = body.statements;
    if (body.statements.length !== 1 || !only) return undefined;
    if (ts.isExpressionStatement(only)) expression = only.expression;
    else if (ts.isReturnStatement(only)) expression = only.expression;
  } else if (ts.isExpression(body)) expression = body;
  while (expression && (ts.isAwaitExpression(expression) || ts.isParenthesizedExpression(expression))) expression = expression.expression;
  if (!expression || !ts.isCallExpression(expression)) return undefined;
  const name = parameter.name.text;
  const at = expression.arguments.findIndex((a) => ts.isIdentifier(a) && a.text === name);
  return at >= 0 ? { call: expression, index: at } : undefined;
}

/** Calls that ask whether the text contains something: the tests a deny-list is made of. */
const matchTests: ReadonlySet<string> = new Set(["test", "includes", "startsWith", "endsWith", "match", "some", "has", "search", "exec"]);

/**
 * Every `throw` of the body sits under an `if` whose condition asks, unnegated, whether the text
 * matches something (`pattern.test(sql)`, `upper.startsWith(prefix)`, `a || b`): refusing what is
 * known to be bad, never requiring what is known to be good.
 */
export function throwsOnlyOnMatches(fn: ts.SignatureDeclaration): boolean {
  const body = "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
  if (!body || !ts.isBlock(body)) return false;
  let refusals = 0;
  let denyOnly = true;
  const visit = (node: ts.Node): void => {
    if (!denyOnly || ts.isFunctionLike(node)) return;
    if (ts.isThrowStatement(node)) {
      const condition = throwCondition(node, body);
      // Refusing an empty, mistyped or overlong value says nothing about what the text may contain.
      if (condition && isMatchTest(condition)) refusals += 1;
      else if (!condition || !isShapeTest(condition)) denyOnly = false;
      return;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return refusals > 0 && denyOnly;
}

function throwCondition(statement: ts.ThrowStatement, body: ts.Block): ts.Expression | undefined {
  for (let node: ts.Node = statement; node !== body; node = node.parent) {
    const parent = node.parent;
    if (ts.isIfStatement(parent) && parent.thenStatement === node) return parent.expression;
  }
  return undefined;
}

/** `!value`, `typeof value !== "string"`, `value.length > MAX`, and any of them joined by `||`. */
function isShapeTest(condition: ts.Expression): boolean {
  let expr = condition;
  while (ts.isParenthesizedExpression(expr)) expr = expr.expression;
  if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.BarBarToken) return isShapeTest(expr.left) && isShapeTest(expr.right);
  if (ts.isPrefixUnaryExpression(expr) && expr.operator === ts.SyntaxKind.ExclamationToken) return ts.isIdentifier(expr.operand) || ts.isPropertyAccessExpression(expr.operand);
  if (!ts.isBinaryExpression(expr)) return false;
  const sides = [expr.left, expr.right];
  return sides.some((side) => ts.isTypeOfExpression(side) || (ts.isPropertyAccessExpression(side) && side.name.text === "length"));
}

function isMatchTest(condition: ts.Expression): boolean {
  let expr = condition;
  while (ts.isParenthesizedExpression(expr)) expr = expr.expression;
  if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.BarBarToken) return isMatchTest(expr.left) && isMatchTest(expr.right);
  // `text.indexOf(bad) !== -1`
  if (ts.isBinaryExpression(expr) && ts.isCallExpression(expr.left) && ts.isPropertyAccessExpression(expr.left.expression) && expr.left.expression.name.text === "indexOf") return true;
  return ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && matchTests.has(expr.expression.name.text);
}

/** A literal that names a dot segment: `".."`, `"%2e%2e"`, or a pattern that matches `..`. */
function namesDotSegment(node: ts.Node): boolean {
  if (ts.isStringLiteralLike(node)) return /^(\.|%2e){2}$/i.test(node.text);
  if (ts.isRegularExpressionLiteral(node)) return /\\\.\\\.|\\\.\{2\}|\\\.\{1,2\}|\(\?:\\\.\)\{2\}/.test(node.text);
  return false;
}

/**
 * A helper that refuses dot segments before it returns (`if (seg === "..") throw …`, a `Set` of
 * `".."` and `"%2e%2e"` tested with `has`): what it returns cannot climb out of the path it is
 * placed in. `resolveConstant` reads the initializer of a constant the test names.
 */
export function refusesDotSegments(fn: ts.SignatureDeclaration, resolveConstant: (identifier: ts.Identifier) => ts.Expression | undefined): boolean {
  const body = "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
  if (!body || !ts.isBlock(body)) return false;
  const mentionsDotSegment = (node: ts.Node, depth: number): boolean => {
    if (namesDotSegment(node)) return true;
    if (ts.isIdentifier(node) && depth === 0) {
      const initializer = resolveConstant(node);
      if (initializer && mentionsDotSegment(initializer, depth + 1)) return true;
    }
    return ts.forEachChild(node, (child) => mentionsDotSegment(child, depth) || undefined) ?? false;
  };
  const refuses = (statement: ts.Statement): boolean => {
    let found = false;
    const visit = (node: ts.Node): void => {
      if (found || (ts.isFunctionLike(node) && node !== statement)) return;
      if (ts.isThrowStatement(node) || ts.isReturnStatement(node)) found = true;
      ts.forEachChild(node, visit);
    };
    visit(statement);
    return found;
  };
  let refused = false;
  const visit = (node: ts.Node): void => {
    if (refused || ts.isFunctionLike(node)) return;
    if (ts.isIfStatement(node) && mentionsDotSegment(node.expression, 0) && refuses(node.thenStatement)) refused = true;
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return refused;
}
