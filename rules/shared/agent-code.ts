import ts from "typescript";

/** Visits the nodes below `root` that run as part of it: not the bodies of functions defined inside. */
export function forEachRunNode(root: ts.Node, visit: (node: ts.Node) => void): void {
  const walk = (node: ts.Node): void => {
    visit(node);
    if (node !== root && ts.isFunctionLike(node)) return;
    ts.forEachChild(node, walk);
  };
  ts.forEachChild(root, walk);
}

const relational = new Set([ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken]);
const equality = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);

/** The text of what a statement updates as a counter: `steps++`, `--left`, `tokens += n`, `i = i + 1`. */
export function countersUpdatedIn(root: ts.Node): Set<string> {
  const counters = new Set<string>();
  const visit = (node: ts.Node): void => {
    if ((ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node)) && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) {
      counters.add(node.operand.getText());
    } else if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === ts.SyntaxKind.PlusEqualsToken || op === ts.SyntaxKind.MinusEqualsToken) counters.add(node.left.getText());
      else if (op === ts.SyntaxKind.EqualsToken && ts.isBinaryExpression(node.right) && (node.right.operatorToken.kind === ts.SyntaxKind.PlusToken || node.right.operatorToken.kind === ts.SyntaxKind.MinusToken) && node.right.left.getText() === node.left.getText()) {
        counters.add(node.left.getText());
      }
    }
  };
  visit(root);
  forEachRunNode(root, visit);
  return counters;
}

/** Arrays a statement grows: `messages.push(…)`. */
export function arraysGrownIn(root: ts.Node): Set<string> {
  const grown = new Set<string>();
  forEachRunNode(root, (node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && (node.expression.name.text === "push" || node.expression.name.text === "unshift")) grown.add(node.expression.expression.getText());
  });
  return grown;
}

/** A reading of the clock: `Date.now()`, `performance.now()`, `new Date()`, `process.hrtime…`. */
function readsClock(node: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    const text = ts.isCallExpression(n) ? n.expression.getText() : ts.isNewExpression(n) ? n.expression.getText() : "";
    if (/^(?:Date\.now|performance\.now|process\.hrtime(?:\.bigint)?)$/.test(text) || (ts.isNewExpression(n) && text === "Date") || (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === "getTime")) found = true;
    else ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/**
 * Whether a condition compares something that grows or passes with every round against a limit: a
 * counter the loop updates, an array it grows, the clock, or one of `bounds` (a recursion's depth
 * parameter). A comparison of the model's own answer (`toolCalls.length > 0`) bounds nothing.
 */
export function comparesBound(condition: ts.Node, counters: ReadonlySet<string>, grown: ReadonlySet<string>, bounds: ReadonlySet<string>): boolean {
  let found = false;
  const operandBounds = (operand: ts.Expression): boolean => {
    let e = operand;
    while (ts.isParenthesizedExpression(e) || ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) e = ts.isParenthesizedExpression(e) ? e.expression : e.operand;
    const text = e.getText();
    if (counters.has(text) || bounds.has(text) || readsClock(e)) return true;
    if (ts.isPropertyAccessExpression(e) && e.name.text === "length" && grown.has(e.expression.getText())) return true;
    if (ts.isBinaryExpression(e)) return operandBounds(e.left) || operandBounds(e.right);
    return false;
  };
  const visit = (node: ts.Node): void => {
    if (found || ts.isFunctionLike(node)) return;
    if (ts.isBinaryExpression(node) && (relational.has(node.operatorToken.kind) || equality.has(node.operatorToken.kind)) && (operandBounds(node.left) || operandBounds(node.right))) {
      found = true;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(condition);
  return found;
}

/** Whether a statement leaves the loop or function around it: `break`, `return`, `throw`, or sets one of `flags` (the loop's own condition). */
export function exits(statement: ts.Node, flags: ReadonlySet<string>): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || ts.isFunctionLike(node) || ts.isIterationStatement(node, false)) return;
    if (ts.isBreakStatement(node) || ts.isReturnStatement(node) || ts.isThrowStatement(node)) found = true;
    else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && flags.has(node.left.getText())) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(statement);
  return found;
}

/** The identifiers and member reads a condition is made of (`running`, `this.active`). */
export function conditionTerms(condition: ts.Expression | undefined): Set<string> {
  const terms = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) terms.add(node.getText());
    if (!ts.isPropertyAccessExpression(node)) ts.forEachChild(node, visit);
  };
  if (condition) visit(condition);
  return terms;
}
