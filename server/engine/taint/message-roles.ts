import ts from "typescript";
import type { Shape } from "./shape";
import { propertyNameText, skipTypeWrappers } from "./scope";

/**
 * How a list of chat messages the caller sent is restricted, or not: who decides the roles of
 * the messages a route passes on to the model.
 */

/** A list whose elements are whole objects the caller wrote (so their `role` is the caller's too). */
export function isCallerMessageList(shape: Shape): boolean {
  if (shape === "data") return true;
  if (shape === "text") return false;
  const element = shape.elements ?? shape.iter;
  return element === "data";
}

/** A map callback whose result's `role` is a literal (or a choice of literals): the app decides every role. */
export function setsRoleByItself(callback: ts.SignatureDeclaration): boolean {
  let decided = false;
  let copied = false;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && propertyNameText(node.name) === "role") {
      let value = skipTypeWrappers(node.initializer);
      while (ts.isParenthesizedExpression(value)) value = value.expression;
      if (ts.isStringLiteralLike(value) || (ts.isConditionalExpression(value) && ts.isStringLiteralLike(skipTypeWrappers(value.whenTrue)) && ts.isStringLiteralLike(skipTypeWrappers(value.whenFalse)))) decided = true;
      else copied = true;
    }
    if (ts.isShorthandPropertyAssignment(node) && node.name.text === "role") copied = true;
    ts.forEachChild(node, visit);
  };
  visit(callback);
  // One branch that copies the caller's role (`return { role: m.role, content }`) or hands the
  // element on whole (`typeof m === "string" ? { role: "user", content: m } : m`) lets every role through.
  return decided && !copied && !returnsElement(callback);
}

/** A callback that returns its element itself, or spreads it without setting `role`, on some branch. */
function returnsElement(callback: ts.SignatureDeclaration): boolean {
  const element = callback.parameters[0];
  if (!element || !ts.isIdentifier(element.name)) return false;
  const name = element.name.text;
  const handsOn = (expression: ts.Expression): boolean => {
    let expr = skipTypeWrappers(expression);
    while (ts.isParenthesizedExpression(expr)) expr = skipTypeWrappers(expr.expression);
    if (ts.isConditionalExpression(expr)) return handsOn(expr.whenTrue) || handsOn(expr.whenFalse);
    if (ts.isBinaryExpression(expr) && (expr.operatorToken.kind === ts.SyntaxKind.BarBarToken || expr.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) return handsOn(expr.left) || handsOn(expr.right);
    if (ts.isIdentifier(expr)) return expr.text === name;
    if (ts.isObjectLiteralExpression(expr)) {
      const spreadsElement = expr.properties.some((p) => ts.isSpreadAssignment(p) && ts.isIdentifier(skipTypeWrappers(p.expression)) && (skipTypeWrappers(p.expression) as ts.Identifier).text === name);
      const setsRole = expr.properties.some((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && propertyNameText(p.name) === "role");
      return spreadsElement && !setsRole;
    }
    return false;
  };
  const body = "body" in callback ? (callback.body as ts.Node | undefined) : undefined;
  if (!body) return false;
  if (!ts.isBlock(body)) return handsOn(body as ts.Expression);
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || (ts.isFunctionLike(node) && node !== callback)) return;
    if (ts.isReturnStatement(node) && node.expression && handsOn(node.expression)) found = true;
    ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}

/** The list a `.map` copies when its callback's result takes `role` from the element (`role: m.role || "user"`), or undefined. */
export function roleCopyingMap(expression: ts.Expression): ts.Expression | undefined {
  const expr = skipTypeWrappers(expression);
  if (!ts.isCallExpression(expr) || !ts.isPropertyAccessExpression(expr.expression) || expr.expression.name.text !== "map") return undefined;
  const callback = expr.arguments[0];
  const element = callback && (ts.isArrowFunction(callback) || ts.isFunctionExpression(callback)) ? callback.parameters[0] : undefined;
  if (!callback || !element || !ts.isIdentifier(element.name)) return undefined;
  const name = element.name.text;
  let copies = false;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && propertyNameText(node.name) === "role") {
      const mentions = (n: ts.Node): boolean => (ts.isIdentifier(n) && n.text === name) || ts.forEachChild(n, mentions) === true;
      if (mentions(node.initializer)) copies = true;
    }
    if (ts.isShorthandPropertyAssignment(node) && node.name.text === "role") copies = true;
    ts.forEachChild(node, visit);
  };
  visit(callback);
  return copies ? expr.expression.expression : undefined;
}

const chatRoles = new Set(["system", "developer", "user", "assistant"]);

/**
 * A check before the call that refuses messages in other roles: `for (const m of messages) if
 * (m.role !== "user" && m.role !== "assistant") return res.status(400)…`, or a `.some`/`.every`
 * over the roles whose failure exits.
 */
export function rejectsForeignRoles(carrier: ts.Expression): boolean {
  const fn = ts.findAncestor(carrier, ts.isFunctionLike);
  const body = fn && "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
  if (!body) return false;
  let rejects = false;
  const visit = (node: ts.Node): void => {
    if (rejects || node.pos >= carrier.pos) return;
    if (ts.isIfStatement(node) && comparesRole(node.expression) && exits(node.thenStatement)) rejects = true;
    ts.forEachChild(node, visit);
  };
  visit(body);
  return rejects;
}

/** A filter callback that keeps messages by their role: `(m) => m.role !== "system"`, `(m) => ALLOWED.includes(m.role)`. */
export function filtersByRole(callback: ts.SignatureDeclaration): boolean {
  const body = "body" in callback ? (callback.body as ts.Node | undefined) : undefined;
  if (!body) return false;
  if (comparesRole(body)) return true;
  let includesRole = false;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "includes" && node.arguments.some((a) => ts.isPropertyAccessExpression(a) && a.name.text === "role")) includesRole = true;
    ts.forEachChild(node, visit);
  };
  visit(body);
  return includesRole;
}

function comparesRole(condition: ts.Node): boolean {
  let readsRole = false;
  let namesRole = false;
  const visit = (node: ts.Node): void => {
    if ((ts.isPropertyAccessExpression(node) && node.name.text === "role") || (ts.isIdentifier(node) && node.text === "role")) readsRole = true;
    if (ts.isStringLiteralLike(node) && chatRoles.has(node.text)) namesRole = true;
    ts.forEachChild(node, visit);
  };
  visit(condition);
  return readsRole && namesRole;
}

function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  if (ts.isBlock(statement)) return statement.statements.some((s) => ts.isReturnStatement(s) || ts.isThrowStatement(s));
  return false;
}

/** A value declared as text (`chat(prompt: string)`): one message's content, never a list of messages with roles. */
export function declaredAsText(declaration: ts.Node | undefined): boolean {
  if (!declaration || !(ts.isParameter(declaration) || ts.isVariableDeclaration(declaration)) || !declaration.type) return false;
  const isText = (type: ts.TypeNode): boolean =>
    type.kind === ts.SyntaxKind.StringKeyword || (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) || (ts.isUnionTypeNode(type) && type.types.every((t) => isText(t) || t.kind === ts.SyntaxKind.UndefinedKeyword || (ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword)));
  return isText(declaration.type);
}
