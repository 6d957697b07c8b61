import ts from "typescript";
import type { NodeVisitor, VisitableNodes } from "./rule";

type Handler = (node: ts.Node) => void;

const visitableKinds: Readonly<Record<keyof VisitableNodes, ts.SyntaxKind>> = {
  SourceFile: ts.SyntaxKind.SourceFile,
  StringLiteral: ts.SyntaxKind.StringLiteral,
  NoSubstitutionTemplateLiteral: ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  TemplateExpression: ts.SyntaxKind.TemplateExpression,
  CallExpression: ts.SyntaxKind.CallExpression,
  NewExpression: ts.SyntaxKind.NewExpression,
  PropertyAssignment: ts.SyntaxKind.PropertyAssignment,
  VariableDeclaration: ts.SyntaxKind.VariableDeclaration,
  BinaryExpression: ts.SyntaxKind.BinaryExpression,
  JsxAttribute: ts.SyntaxKind.JsxAttribute,
  ImportDeclaration: ts.SyntaxKind.ImportDeclaration,
  FunctionDeclaration: ts.SyntaxKind.FunctionDeclaration,
  ArrowFunction: ts.SyntaxKind.ArrowFunction,
  FunctionExpression: ts.SyntaxKind.FunctionExpression,
  MethodDeclaration: ts.SyntaxKind.MethodDeclaration,
  ReturnStatement: ts.SyntaxKind.ReturnStatement,
  ObjectLiteralExpression: ts.SyntaxKind.ObjectLiteralExpression,
};

/**
 * Walks a file once and calls every rule's handler for each node kind, as ESLint's traverser
 * does: the cost of a walk is shared by all rules instead of paid once per rule.
 */
export function traverse(sourceFile: ts.SourceFile, visitors: readonly NodeVisitor[]): void {
  const handlers = new Map<ts.SyntaxKind, Handler[]>();
  const exitHandlers: Handler[] = [];
  for (const visitor of visitors) {
    for (const name of Object.keys(visitor) as (keyof NodeVisitor)[]) {
      const handler = visitor[name] as Handler | undefined;
      if (!handler) continue;
      if (name === "SourceFile:exit") {
        exitHandlers.push(handler);
        continue;
      }
      const kind = visitableKinds[name];
      const list = handlers.get(kind);
      if (list) list.push(handler);
      else handlers.set(kind, [handler]);
    }
  }

  const visit = (node: ts.Node): void => {
    const list = handlers.get(node.kind);
    if (list) for (const handler of list) handler(node);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  for (const handler of exitHandlers) handler(sourceFile);
}
