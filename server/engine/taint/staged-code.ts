import ts from "typescript";
import type { Catalogue } from "../catalogue";
import type { Evaluator } from "./evaluator";

/**
 * Code staged in a file and then loaded: `writeFile(dir + name, src)` followed by
 * `import(dir + name)` runs `src` as surely as `eval(src)` would. The two are tied by the
 * variables their paths share (`name` above), inside one function; the write may go through a
 * project helper that forwards its path and text to `fs`.
 */
export function stagedContents(evaluator: Evaluator, catalogue: Catalogue, load: ts.CallExpression, specifier: ts.Expression): ts.Expression[] {
  const holder = ts.findAncestor(load.parent, ts.isFunctionLike);
  const body = holder && "body" in holder ? (holder.body as ts.Node | undefined) : undefined;
  if (!holder || !body) return [];
  const shared = localDeclarations(evaluator, specifier, holder);
  if (shared.size === 0) return [];
  const contents: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (node.pos >= load.pos || (ts.isFunctionLike(node) && node !== holder)) return;
    if (ts.isCallExpression(node)) {
      const write = writeArguments(evaluator, catalogue, node);
      if (write && [...localDeclarations(evaluator, write.path, holder)].some((d) => shared.has(d))) contents.push(write.content);
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return contents;
}

/** The path and text of a call that writes a file: `fs.writeFile(p, text)`, or a project helper doing it with its parameters. */
function writeArguments(evaluator: Evaluator, catalogue: Catalogue, call: ts.CallExpression, depth = 0): { path: ts.Expression; content: ts.Expression } | undefined {
  const [path, content] = call.arguments;
  if (!path || !content || ts.isSpreadElement(path) || ts.isSpreadElement(content)) return undefined;
  const name = ts.isIdentifier(call.expression) ? call.expression.text : ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : undefined;
  const callee = evaluator.evaluate(call.expression);
  if (name && catalogue.fileContentWrites.has(name) && callee.refs.some((ref) => catalogue.fileModules.has(ref.module))) return { path, content };
  if (depth > 0) return undefined;
  // `this.writeFilePromise(file, src)` whose body calls `writeFile(filename, src, cb)` with its parameters.
  for (const fn of callee.functions) {
    const fnBody = "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
    const [pathParameter, contentParameter] = fn.parameters;
    if (!fnBody || !pathParameter || !contentParameter || !ts.isIdentifier(pathParameter.name) || !ts.isIdentifier(contentParameter.name)) continue;
    const isParameter = (e: ts.Expression, p: ts.ParameterDeclaration): boolean => ts.isIdentifier(e) && evaluator.scopes.resolve(e)?.declaration === p;
    let forwards = false;
    const visit = (node: ts.Node): void => {
      if (forwards) return;
      if (ts.isCallExpression(node)) {
        const inner = writeArguments(evaluator, catalogue, node, depth + 1);
        if (inner && isParameter(inner.path, pathParameter) && isParameter(inner.content, contentParameter)) forwards = true;
      }
      ts.forEachChild(node, visit);
    };
    visit(fnBody);
    if (forwards) return { path, content };
  }
  return undefined;
}

/** The variables declared in `holder` (its locals and parameters) that an expression reads. */
function localDeclarations(evaluator: Evaluator, expression: ts.Expression, holder: ts.SignatureDeclaration): Set<ts.Node> {
  const found = new Set<ts.Node>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const declaration = evaluator.scopes.resolve(node)?.declaration;
      if (declaration && ts.findAncestor(declaration, (n) => n === holder) && !ts.isFunctionLike(declaration)) found.add(declaration);
      return;
    }
    // `this.fp` names a field, not a value of this call: only the identifiers themselves count.
    if (ts.isPropertyAccessExpression(node)) return visit(node.expression);
    ts.forEachChild(node, visit);
  };
  visit(expression);
  return found;
}
