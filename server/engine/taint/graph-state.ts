import ts from "typescript";
import type { ImportRef } from "./value";
import { outermostTypeWrapper } from "./scope";

/** A graph whose nodes share one state: LangGraph's `new StateGraph(…).addNode("retrieve", fn)`. */
export interface StateGraphSpec {
  readonly modules: readonly string[];
  readonly exportName: string;
  /** The method that registers a node function (its last argument). */
  readonly addNode: string;
}

/**
 * The node functions registered on the same state graph as `fn` (itself included), when `fn` is
 * one: each node's state parameter receives what every node returns, so documents one node
 * retrieves reach the prompt another builds. Nodes are read from `addNode` chains and calls on the
 * graph's variable in the file that builds it.
 */
export function stateGraphNodes(fn: ts.SignatureDeclaration, specs: readonly StateGraphSpec[], refsOf: (expression: ts.Expression) => readonly ImportRef[], functionsOf: (expression: ts.Expression) => readonly ts.SignatureDeclaration[], referencesOf: (fn: ts.SignatureDeclaration) => readonly ts.Node[], declarationOf: (identifier: ts.Identifier) => ts.Node | undefined): ts.SignatureDeclaration[] | undefined {
  const registration = registrationOf(fn, specs, refsOf, referencesOf, declarationOf);
  if (!registration) return undefined;
  const nodes: ts.SignatureDeclaration[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === registration.spec.addNode && graphRoot(node.expression.expression, declarationOf) === registration.graph) {
      const handler = node.arguments[node.arguments.length - 1];
      if (handler) nodes.push(...(ts.isFunctionLike(handler) ? [handler as ts.SignatureDeclaration] : functionsOf(handler)));
    }
    ts.forEachChild(node, visit);
  };
  visit(fn.getSourceFile());
  return nodes.length > 0 ? nodes : undefined;
}

/** `graph.addNode("x", fn)` or `new StateGraph(S).addNode("x", fn)…`: the graph's root expression (its `new` or its variable's). */
function registrationOf(fn: ts.SignatureDeclaration, specs: readonly StateGraphSpec[], refsOf: (expression: ts.Expression) => readonly ImportRef[], referencesOf: (fn: ts.SignatureDeclaration) => readonly ts.Node[], declarationOf: (identifier: ts.Identifier) => ts.Node | undefined): { spec: StateGraphSpec; graph: ts.NewExpression } | undefined {
  const places = [outermostTypeWrapper(fn), ...referencesOf(fn)];
  for (const place of places) {
    const call = place.parent;
    if (!call || !ts.isCallExpression(call) || call.arguments[call.arguments.length - 1] !== place || !ts.isPropertyAccessExpression(call.expression)) continue;
    for (const spec of specs) {
      if (call.expression.name.text !== spec.addNode) continue;
      const graph = graphRoot(call.expression.expression, declarationOf);
      if (graph && refsOf(graph.expression).some((r) => spec.modules.includes(r.module) && r.exportName === spec.exportName)) return { spec, graph };
    }
  }
  return undefined;
}

/** The `new StateGraph(…)` a chain or a variable leads back to. */
function graphRoot(expression: ts.Expression, declarationOf: (identifier: ts.Identifier) => ts.Node | undefined): ts.NewExpression | undefined {
  let expr = expression;
  for (let depth = 0; depth < 20; depth++) {
    if (ts.isNewExpression(expr)) return expr;
    if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression)) expr = expr.expression.expression;
    else if (ts.isParenthesizedExpression(expr)) expr = expr.expression;
    else if (ts.isIdentifier(expr)) {
      const declaration = declarationOf(expr);
      if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
      expr = declaration.initializer;
    } else return undefined;
  }
  return undefined;
}
