import ts from "typescript";
import type { TaintEngine } from "../taint/flows";
import { propertyNameText } from "../taint/scope";

/**
 * Where a dispatcher handles one tool by name: a `case "name":` body, an `if (name === "…")`
 * branch, a handler keyed by the name, and branches several tools share (`if (LIST.includes(name))`).
 */

/**
 * Where a JSON-schema tool's calls are handled: `case "name":` clauses, `if (x.name === "name")`
 * branches, and functions registered under the name in a handler map.
 */
const regionsByFile = new WeakMap<ts.SourceFile, Map<string, ts.Node[]>>();
/** Branches taken for a list of tools, not one. */
export const sharedRegions = new WeakSet<ts.Node>();

export function dispatchRegions(sourceFile: ts.SourceFile, name: string, taint: TaintEngine, constant?: string): ts.Node[] {
  let byName = regionsByFile.get(sourceFile);
  if (!byName) regionsByFile.set(sourceFile, (byName = new Map()));
  const cached = byName.get(name);
  if (cached) return cached;
  // A file with no literal or `.name` comparison that could name the tool has no branch for it.
  // …or a constant that may hold the name (`WriteToFileTool.TOOL_NAME`).
  if (!sourceFile.text.includes(name) && !/\.name\b/.test(sourceFile.text) && !(constant !== undefined && sourceFile.text.includes(`.${constant}`))) {
    byName.set(name, []);
    return [];
  }
  const regions: ts.Node[] = [];
  byName.set(name, regions);
  const visit = (node: ts.Node): void => {
    const literal = (expression: ts.Expression): string | undefined => {
      const defined = ts.isStringLiteralLike(expression) ? expression : taint.evaluator.definitionOf(expression);
      return ts.isStringLiteralLike(defined) ? defined.text : taint.evaluator.constantString(expression);
    };
    if (ts.isCaseClause(node) && literal(node.expression) === name) regions.push(fallThroughBody(node));
    else if (ts.isIfStatement(node) && conjuncts(node.expression).some((c) => isNameCheck(c, name, taint))) regions.push(node.thenStatement);
    else if (ts.isIfStatement(node) && conjuncts(node.expression).some((c) => isListMembership(c, name, taint))) {
      regions.push(node.thenStatement);
      sharedRegions.add(node.thenStatement);
    }
    else if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent) && (propertyNameText(node.name) === name || (ts.isComputedPropertyName(node.name) && literal(node.name.expression) === name))) {
      // `{ fetch_url: fetchUrl }`, or keyed by the definition's own name: `{ [fetchUrlTool.name]: fetchUrl }`.
      const fns = taint.evaluator.evaluate(node.initializer).functions;
      for (const fn of fns) if ("body" in fn && fn.body) regions.push(fn.body as ts.Node);
    } else if (ts.isMethodDeclaration(node) && node.name && propertyNameText(node.name) === name && ts.isObjectLiteralExpression(node.parent) && node.body) {
      regions.push(node.body);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return regions;
}

/** `case "a": case "b": body`: an empty clause runs the body of the next clause that has one. */
function fallThroughBody(clause: ts.CaseClause): ts.CaseOrDefaultClause {
  const clauses = clause.parent.clauses;
  for (let i = clauses.indexOf(clause); i < clauses.length; i++) {
    const next = clauses[i];
    if (next && next.statements.length > 0) return next;
  }
  return clause;
}

/** `a && b && c` → [a, b, c] */
function conjuncts(expression: ts.Expression): ts.Expression[] {
  if (ts.isParenthesizedExpression(expression)) return conjuncts(expression.expression);
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return [...conjuncts(expression.left), ...conjuncts(expression.right)];
  return [expression];
}

/** `call.name === "x"` / `call.function.name === "x"` / `name === "x"` with `const { name } = request.params` */
function isNameCheck(expression: ts.Expression, name: string, taint: TaintEngine): boolean {
  if (!ts.isBinaryExpression(expression) || (expression.operatorToken.kind !== ts.SyntaxKind.EqualsEqualsEqualsToken && expression.operatorToken.kind !== ts.SyntaxKind.EqualsEqualsToken)) return false;
  const { left, right } = expression;
  // `call.name === "x"` or `name === WriteToFileTool.TOOL_NAME`, with the name taken out of the request: `const { name } = request.params`.
  const readsName = (e: ts.Expression): boolean => (ts.isPropertyAccessExpression(e) && e.name.text === "name") || (ts.isIdentifier(e) && readsNameField(e, taint));
  const text = (e: ts.Expression): string | undefined => (ts.isStringLiteralLike(e) ? e.text : ts.isPropertyAccessExpression(e) && e.name.text !== "name" ? taint.evaluator.constantString(e) : undefined);
  return (text(right) === name && readsName(left)) || (text(left) === name && readsName(right));
}

/** The innermost statement of a region that holds a position (`const settings = { kind: args.kind }` for the step at `settings`). */
export function innermostStatement(region: ts.Node, position: number): ts.Node {
  let found: ts.Node = region;
  const visit = (node: ts.Node): void => {
    if (node.getStart() > position || position >= node.getEnd()) return;
    if (ts.isStatement(node) && !ts.isBlock(node)) found = node;
    if (!ts.isFunctionLike(node)) ts.forEachChild(node, visit);
  };
  ts.forEachChild(region, visit);
  return found;
}

/** `BROWSER_TOOLS.includes(name)` with `BROWSER_TOOLS` a constant list of names that holds this one. */
function isListMembership(expression: ts.Expression, name: string, taint: TaintEngine): boolean {
  if (!ts.isCallExpression(expression) || !ts.isPropertyAccessExpression(expression.expression) || !["includes", "has"].includes(expression.expression.name.text)) return false;
  const [argument] = expression.arguments;
  if (!argument || !(ts.isIdentifier(argument) || (ts.isPropertyAccessExpression(argument) && argument.name.text === "name"))) return false;
  let list = taint.evaluator.definitionOf(expression.expression.expression);
  // `new Set([...])`
  if (ts.isNewExpression(list) && list.arguments?.[0]) list = taint.evaluator.definitionOf(list.arguments[0]);
  while (ts.isAsExpression(list) || ts.isSatisfiesExpression(list) || ts.isParenthesizedExpression(list)) list = list.expression;
  return ts.isArrayLiteralExpression(list) && list.elements.some((element) => ts.isStringLiteralLike(element) && element.text === name);
}

/** A variable holding some object's `name` field: `const { name } = request.params`, `const tool = call.name`. */
function readsNameField(identifier: ts.Identifier, taint: TaintEngine): boolean {
  const binding = taint.evaluator.scopes.resolve(identifier);
  if (!binding) return false;
  const last = binding.pattern[binding.pattern.length - 1];
  if (last?.kind === "prop") return last.name === "name";
  const declaration = binding.declaration;
  return ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined && ts.isPropertyAccessExpression(declaration.initializer) && declaration.initializer.name.text === "name";
}
