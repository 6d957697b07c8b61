import ts from "typescript";

/** One step from a destructured value to a name bound by the pattern. */
export type PatternStep = { readonly kind: "prop"; readonly name: string } | { readonly kind: "index" } | { readonly kind: "rest" };

/**
 * What a name refers to. `declaration` is the variable declaration, parameter, function,
 * class or import that binds it; `pattern` the destructuring steps from the declaration's
 * value to the name; `defaults` the default values met on the way.
 */
export interface Binding {
  readonly name: string;
  readonly declaration: ts.Node;
  readonly pattern: readonly PatternStep[];
  readonly defaults: readonly ts.Expression[];
  /** The node whose subtree the name is visible in. */
  readonly scope: ts.Node;
}

/**
 * Resolves names to declarations by walking up lexical scopes, like the binder does but only
 * as far as taint needs: no types, no merging, no globals.
 */
export class ScopeResolver {
  private readonly scopes = new WeakMap<ts.Node, Map<string, Binding>>();

  resolve(identifier: ts.Identifier): Binding | undefined {
    const name = identifier.text;
    for (let node: ts.Node | undefined = identifier.parent; node; node = node.parent) {
      if (!introducesScope(node)) continue;
      const binding = this.namesOf(node).get(name);
      if (binding) return binding;
    }
    return undefined;
  }

  /** The names a scope node declares. */
  namesOf(scope: ts.Node): Map<string, Binding> {
    let names = this.scopes.get(scope);
    if (names) return names;
    names = new Map();
    const add = (nameNode: ts.BindingName, declaration: ts.Node, pattern: PatternStep[] = [], defaults: ts.Expression[] = []): void => {
      collectBindingNames(nameNode, declaration, pattern, defaults, scope, names as Map<string, Binding>);
    };
    if (ts.isFunctionLike(scope)) {
      for (const parameter of scope.parameters) add(parameter.name, parameter);
      if ((ts.isFunctionExpression(scope) || ts.isClassExpression(scope)) && scope.name) names.set(scope.name.text, simple(scope.name.text, scope, scope));
      const body = "body" in scope ? scope.body : undefined;
      if (body && ts.isBlock(body)) collectVarDeclarations(body, add);
    } else if (ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope) || ts.isCaseBlock(scope)) {
      const statements = ts.isCaseBlock(scope) ? scope.clauses.flatMap((c) => [...c.statements]) : scope.statements;
      for (const statement of statements) collectStatement(statement, scope, names, add);
      if (ts.isSourceFile(scope)) collectVarDeclarations(scope, add);
    } else if (ts.isForStatement(scope) || ts.isForOfStatement(scope) || ts.isForInStatement(scope)) {
      const initializer = scope.initializer;
      if (initializer && ts.isVariableDeclarationList(initializer)) for (const d of initializer.declarations) add(d.name, d);
    } else if (ts.isCatchClause(scope) && scope.variableDeclaration) {
      add(scope.variableDeclaration.name, scope.variableDeclaration);
    } else if (ts.isClassLike(scope) && scope.name) {
      names.set(scope.name.text, simple(scope.name.text, scope, scope));
    }
    this.scopes.set(scope, names);
    return names;
  }
}

function introducesScope(node: ts.Node): boolean {
  return (
    ts.isSourceFile(node) || ts.isBlock(node) || ts.isModuleBlock(node) || ts.isCaseBlock(node) || ts.isFunctionLike(node) ||
    ts.isForStatement(node) || ts.isForOfStatement(node) || ts.isForInStatement(node) || ts.isCatchClause(node) || ts.isClassLike(node)
  );
}

function simple(name: string, declaration: ts.Node, scope: ts.Node): Binding {
  return { name, declaration, pattern: [], defaults: [], scope };
}

function collectStatement(
  statement: ts.Statement,
  scope: ts.Node,
  names: Map<string, Binding>,
  add: (name: ts.BindingName, declaration: ts.Node) => void,
): void {
  if (ts.isVariableStatement(statement)) {
    if (statement.declarationList.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const | ts.NodeFlags.Using)) {
      for (const d of statement.declarationList.declarations) add(d.name, d);
    }
  } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name) {
    names.set(statement.name.text, simple(statement.name.text, statement, scope));
  } else if (ts.isImportDeclaration(statement) && statement.importClause) {
    const clause = statement.importClause;
    if (clause.name) names.set(clause.name.text, simple(clause.name.text, clause, scope));
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) names.set(bindings.name.text, simple(bindings.name.text, bindings, scope));
    if (bindings && ts.isNamedImports(bindings)) for (const e of bindings.elements) names.set(e.name.text, simple(e.name.text, e, scope));
  } else if (ts.isImportEqualsDeclaration(statement)) {
    names.set(statement.name.text, simple(statement.name.text, statement, scope));
  } else if (ts.isModuleDeclaration(statement) && ts.isIdentifier(statement.name)) {
    names.set(statement.name.text, simple(statement.name.text, statement, scope));
  }
}

/** `var` declarations anywhere in a function body (not in nested functions) belong to the function. */
function collectVarDeclarations(root: ts.Node, add: (name: ts.BindingName, declaration: ts.Node) => void): void {
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isVariableDeclarationList(node) && !(node.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const | ts.NodeFlags.Using))) {
      for (const d of node.declarations) add(d.name, d);
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(root, visit);
}

function collectBindingNames(
  name: ts.BindingName,
  declaration: ts.Node,
  pattern: PatternStep[],
  defaults: ts.Expression[],
  scope: ts.Node,
  into: Map<string, Binding>,
): void {
  if (ts.isIdentifier(name)) {
    into.set(name.text, { name: name.text, declaration, pattern, defaults, scope });
    return;
  }
  if (ts.isObjectBindingPattern(name)) {
    for (const element of name.elements) {
      const step: PatternStep = element.dotDotDotToken
        ? { kind: "rest" }
        : { kind: "prop", name: propertyNameText(element.propertyName ?? element.name) ?? "" };
      collectBindingNames(element.name, declaration, [...pattern, step], element.initializer ? [...defaults, element.initializer] : defaults, scope, into);
    }
    return;
  }
  for (const element of name.elements) {
    if (ts.isOmittedExpression(element)) continue;
    const step: PatternStep = element.dotDotDotToken ? { kind: "rest" } : { kind: "index" };
    collectBindingNames(element.name, declaration, [...pattern, step], element.initializer ? [...defaults, element.initializer] : defaults, scope, into);
  }
}

export function propertyNameText(name: ts.PropertyName | ts.BindingName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}

/** A callee as messages show it: `supabase.rpc` for a chain split over lines. */
export function calleeText(expression: ts.Node): string {
  return expression.getText(expression.getSourceFile()).replace(/\s*\n\s*/g, "");
}

/** The expression under parentheses and type-only wrappers (`as`, `satisfies`, `!`, `<T>x`). */
export function skipTypeWrappers(expression: ts.Expression): ts.Expression {
  let expr = expression;
  while (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr) || ts.isNonNullExpression(expr) || ts.isTypeAssertionExpression(expr)) expr = expr.expression;
  return expr;
}

/** The outermost expression that only wraps `node` in parentheses or type-only syntax: `(async (a) => …) as any`. */
export function outermostTypeWrapper(node: ts.Node): ts.Node {
  let current = node;
  while (current.parent && (ts.isParenthesizedExpression(current.parent) || ts.isAsExpression(current.parent) || ts.isSatisfiesExpression(current.parent) || ts.isNonNullExpression(current.parent) || ts.isTypeAssertionExpression(current.parent))) current = current.parent;
  return current;
}

/** The expressions a function returns (its own `return`s, not those of functions inside it). */
export function returnedExpressions(fn: ts.SignatureDeclaration): ts.Expression[] {
  const body = "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
  if (!body) return [];
  if (!ts.isBlock(body)) return [body as ts.Expression];
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (found.length >= 6 || ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) found.push(node.expression);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}
