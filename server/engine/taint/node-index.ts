import ts from "typescript";

/** The node kinds the analyses start from: calls, assignments, JSX, tagged templates, objects, classes. */
const startKinds = new Set([
  ts.SyntaxKind.CallExpression,
  ts.SyntaxKind.NewExpression,
  ts.SyntaxKind.BinaryExpression,
  ts.SyntaxKind.JsxAttribute,
  ts.SyntaxKind.JsxOpeningElement,
  ts.SyntaxKind.JsxSelfClosingElement,
  ts.SyntaxKind.TaggedTemplateExpression,
  ts.SyntaxKind.ObjectLiteralExpression,
  ts.SyntaxKind.ClassDeclaration,
]);

const indexes = new WeakMap<ts.SourceFile, readonly ts.Node[]>();

/**
 * The nodes of those kinds in a file, in document order: one walk of the tree, shared by the
 * sink flows, the prompt flows, the tool inventory and the callers index instead of a walk
 * each. The walk keeps its own stack, so deeply nested code cannot overflow it.
 */
export function analysisNodes(sourceFile: ts.SourceFile): readonly ts.Node[] {
  const cached = indexes.get(sourceFile);
  if (cached) return cached;
  const nodes: ts.Node[] = [];
  const pending: ts.Node[] = [sourceFile];
  const children: ts.Node[] = [];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (startKinds.has(node.kind)) nodes.push(node);
    children.length = 0;
    ts.forEachChild(node, (child) => {
      children.push(child);
    });
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i] as ts.Node);
  }
  indexes.set(sourceFile, nodes);
  return nodes;
}
