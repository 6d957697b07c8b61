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
 * each.
 */
export function analysisNodes(sourceFile: ts.SourceFile): readonly ts.Node[] {
  const cached = indexes.get(sourceFile);
  if (cached) return cached;
  const nodes: ts.Node[] = [];
  // An explicit stack: a file nested too deeply to walk recursively cannot fail the analysis of
  // another file that looks into it (for callers, say).
  const pending: ts.Node[] = [sourceFile];
  const pushChild = (child: ts.Node): void => {
    pending.push(child);
  };
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (startKinds.has(node.kind)) nodes.push(node);
    const first = pending.length;
    ts.forEachChild(node, pushChild);
    // Children were pushed in order; reversed, they pop in document order.
    for (let i = first, j = pending.length - 1; i < j; i++, j--) {
      const swap = pending[i] as ts.Node;
      pending[i] = pending[j] as ts.Node;
      pending[j] = swap;
    }
  }
  indexes.set(sourceFile, nodes);
  return nodes;
}
