import ts from "typescript";
import type { ScopeResolver } from "./scope";
import { isMember, resolveConstInitializer, unwrap } from "./constant-values";

/**
 * Path confinement as the guards read it: a relative path that must not leave its root
 * (`rel.startsWith("..")` with `rel = path.relative(root, p)`), refused parent segments and
 * absolute paths, and prefix checks that confine only with a trailing separator.
 */

/** `rel.startsWith("..")` with `const rel = path.relative(root, x)`: false where x stays under root. */
export function escapesRoot(call: ts.CallExpression, refersToBinding: (node: ts.Node) => boolean, scopes: ScopeResolver): boolean {
  const prefix = call.arguments[0];
  if (!isMember(call.expression, "startsWith") || !prefix || !isParentPrefix(prefix, scopes)) return false;
  const receiver = (call.expression as ts.PropertyAccessExpression).expression;
  const relative = resolveConstInitializer(receiver, scopes);
  return relative !== undefined && ts.isCallExpression(relative) && isMember(relative.expression, "relative") && relative.arguments.slice(1).some(refersToBinding);
}

/** `".."`, `"../"`, `\`..${path.sep}\``, `".." + sep`: the start of a relative path that leaves its root. */
export function isParentPrefix(prefix: ts.Expression, scopes: ScopeResolver): boolean {
  const expr = unwrap(prefix);
  if (ts.isStringLiteralLike(expr)) return expr.text === ".." || expr.text === "../" || expr.text === "..\\";
  if (ts.isTemplateExpression(expr)) return expr.head.text === ".." && expr.templateSpans.length === 1 && expr.templateSpans[0]!.literal.text === "" && isPathSeparator(expr.templateSpans[0]!.expression, scopes);
  if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) return ts.isStringLiteralLike(expr.left) && expr.left.text === ".." && isPathSeparator(expr.right, scopes);
  return false;
}

/** `/[;&|$`\n\r()<>]/`: a class of characters refused, covering those that end or nest a shell command. */
/** `p.includes("..")`, `/\.\./.test(p)`: a test for a parent-directory segment in the value. */
export function refusesParentSegments(call: ts.CallExpression, isBinding: (node: ts.Node) => boolean): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const [argument] = call.arguments;
  const parent =
    (callee.name.text === "includes" && isBinding(callee.expression) && argument !== undefined && ts.isStringLiteralLike(argument) && argument.text === "..") ||
    (callee.name.text === "test" && argument !== undefined && isBinding(argument) && isParentSegmentPattern(unwrap(callee.expression)));
  // An absolute path needs no `..` to leave a root (`path.resolve(root, "/etc/passwd")`): it must be refused too,
  // or every separator (a single name cannot be absolute).
  return parent && (refusesAbsolute(call, isBinding) || refusesSeparator(call, isBinding));
}

/**
 * `if (name.includes("/") || name.includes("\\") || name === "..") throw …`: a single name that is
 * not `..` stays in the directory it is joined onto.
 */
export function refusesSeparatorsAndParent(call: ts.CallExpression, isBinding: (node: ts.Node) => boolean): boolean {
  const callee = call.expression;
  const [argument] = call.arguments;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "includes" || !isBinding(callee.expression) || !argument || !ts.isStringLiteralLike(argument) || argument.text !== "/") return false;
  const fn = ts.findAncestor(call, ts.isFunctionLike) ?? call.getSourceFile();
  let parentRefused = false;
  const visit = (node: ts.Node): void => {
    if (parentRefused) return;
    const equalsParent = ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken || node.operatorToken.kind === ts.SyntaxKind.EqualsEqualsToken) && [node.left, node.right].some((side) => ts.isStringLiteralLike(side) && side.text === "..") && [node.left, node.right].some(isBinding);
    const includesParent = ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "includes" && isBinding(node.expression.expression) && node.arguments[0] !== undefined && ts.isStringLiteralLike(node.arguments[0]) && node.arguments[0].text === "..";
    if (equalsParent || includesParent) parentRefused = true;
    ts.forEachChild(node, visit);
  };
  visit(fn);
  return parentRefused;
}

/** `p.includes("/")` tested in the same function: a value with no separator is one name. */
function refusesSeparator(near: ts.Node, isBinding: (node: ts.Node) => boolean): boolean {
  const fn = ts.findAncestor(near, ts.isFunctionLike) ?? near.getSourceFile();
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "includes" && isBinding(node.expression.expression)) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument) && argument.text === "/") found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(fn);
  return found;
}

function isParentSegmentPattern(pattern: ts.Expression): boolean {
  return ts.isRegularExpressionLiteral(pattern) && /^\/\\\.\\\.\/[a-z]*$/.test(pattern.text);
}

/** `isAbsolute(p)` or `p.startsWith("/")` tested in the same function. */
export function refusesAbsolute(near: ts.Node, isBinding: (node: ts.Node) => boolean): boolean {
  const fn = ts.findAncestor(near, ts.isFunctionLike) ?? near.getSourceFile();
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
      const [argument] = node.arguments;
      if (name === "isAbsolute" && argument && isBinding(argument)) found = true;
      if (name === "startsWith" && ts.isPropertyAccessExpression(callee) && isBinding(callee.expression) && argument && ts.isStringLiteralLike(argument) && argument.text === "/") found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(fn);
  return found;
}

/**
 * Whether a prefix certainly ends in a path separator: `root + path.sep`, `` `${root}/` ``,
 * `"/srv/app/"`, or a constant holding one of those.
 */
export function endsWithSeparator(expression: ts.Expression, scopes: ScopeResolver, depth = 0): boolean {
  const expr = depth < 4 ? (resolveConstInitializer(expression, scopes) ?? unwrap(expression)) : unwrap(expression);
  if (ts.isStringLiteralLike(expr)) return /[\\/]$/.test(expr.text);
  if (ts.isTemplateExpression(expr)) {
    const tail = expr.templateSpans[expr.templateSpans.length - 1];
    if (!tail) return false;
    if (tail.literal.text.length > 0) return /[\\/]$/.test(tail.literal.text);
    return isPathSeparator(tail.expression, scopes);
  }
  if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) return isPathSeparator(expr.right, scopes) || endsWithSeparator(expr.right, scopes, depth + 1);
  return false;
}

/**
 * A helper whose name promises confinement (`validatePath`) but whose only containment test is a
 * bare prefix check (`resolved.startsWith(dir)`, no separator, no `path.relative`): its name is
 * not taken at its word. Returns that check.
 */
export function barePrefixCheck(fn: ts.SignatureDeclaration, scopes: ScopeResolver): ts.CallExpression | undefined {
  const body = "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
  if (!body) return undefined;
  let bare: ts.CallExpression | undefined;
  let sound = false;
  const visit = (node: ts.Node): void => {
    if (sound) return;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const name = node.expression.name.text;
      const prefix = node.arguments[0];
      // A literal prefix with no separator (`host.startsWith("fe80")`, `"["`) classifies text; it is no root.
      const classifies = prefix !== undefined && ts.isStringLiteralLike(prefix) && !/[\/\\]/.test(prefix.text);
      if (name === "startsWith" && prefix && !classifies) {
        if (endsWithSeparator(prefix, scopes)) sound = true;
        else bare ??= node;
      }
      if (name === "relative") sound = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return sound ? undefined : bare;
}

export function isPathSeparator(expression: ts.Expression, scopes: ScopeResolver): boolean {
  const expr = unwrap(expression);
  if (ts.isStringLiteralLike(expr)) return expr.text === "/" || expr.text === "\\";
  if (ts.isPropertyAccessExpression(expr)) return expr.name.text === "sep";
  // `import { sep } from "path"`
  const declaration = ts.isIdentifier(expr) ? scopes.resolve(expr)?.declaration : undefined;
  if (!declaration || !ts.isImportSpecifier(declaration)) return false;
  const module = declaration.parent.parent.parent.moduleSpecifier;
  return (declaration.propertyName ?? declaration.name).text === "sep" && ts.isStringLiteral(module) && ["path", "node:path", "path/posix", "node:path/posix"].includes(module.text);
}
