import ts from "typescript";

/**
 * What is known where an element is rendered: `cond && <div …/>` (a Vue `v-if`, written so), the
 * branches of `cond ? <A/> : <B/>`, and Solid's `<Show when={cond} fallback={…}>`. A value the
 * element renders that is built under the opposite condition (`if (!props.renderMarkdown) return
 * raw`, `showRaw ? text : render(text)`) never reaches it, and the sink is judged without it.
 */

/** Conditions by their text (`props.` prefixes and parentheses dropped), and whether they hold. */
export type KnownConditions = ReadonlyMap<string, boolean>;

export function conditionsAt(node: ts.Node, isShow: (element: ts.JsxOpeningLikeElement) => boolean): KnownConditions {
  const known = new Map<string, boolean>();
  for (let child: ts.Node = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && parent.right === child) {
      for (const test of conjuncts(parent.left)) record(known, test, true);
    } else if (ts.isConditionalExpression(parent) && parent.condition !== child) {
      record(known, parent.condition, parent.whenTrue === child);
    } else if (ts.isJsxAttribute(parent) && parent.name.getText() === "fallback") {
      const when = isShow(parent.parent.parent) ? showCondition(parent.parent.parent) : undefined;
      if (when) record(known, when, false);
    } else if (ts.isJsxElement(parent) && parent.children.includes(child as ts.JsxChild)) {
      const when = isShow(parent.openingElement) ? showCondition(parent.openingElement) : undefined;
      if (when) record(known, when, true);
    }
    if (ts.isFunctionLike(parent)) break;
  }
  return known;
}

/**
 * The expressions a rendered value may be under the known conditions, when narrowing drops some:
 * the value held by a `computed(() => …)`/`useMemo` callback or a local function it calls, with the
 * returns and branches the conditions rule out left aside. Undefined when nothing is ruled out.
 */
export function narrowedValues(value: ts.Expression, known: KnownConditions, definitionOf: (expression: ts.Expression) => ts.Expression, isValueWrapper: (call: ts.CallExpression) => boolean, depth = 0): ts.Expression[] | undefined {
  if (known.size === 0 || depth > 3) return undefined;
  // `showRaw ? text : render(text)` written at the sink, each branch kept narrowed in its turn.
  const inline = branchesOf(value, known);
  if (inline.length !== 1 || inline[0] !== value) return inline.flatMap((e) => narrowedValues(e, known, definitionOf, isValueWrapper, depth + 1) ?? [e]);
  const fn = producer(value, definitionOf, isValueWrapper);
  if (!fn) return undefined;
  const body = fn.body;
  if (!body) return undefined;
  if (!ts.isBlock(body)) {
    const kept = branchesOf(body, known);
    return kept.length === 1 && kept[0] === body ? undefined : kept;
  }
  const returned: ts.Expression[] = [];
  let dropped = false;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) {
      if (ruledOut(node, body, known)) dropped = true;
      else {
        const kept = branchesOf(node.expression, known);
        if (kept.length !== 1 || kept[0] !== node.expression) dropped = true;
        returned.push(...kept);
      }
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return dropped ? returned : undefined;
}

/** `computed(() => …)`, `useMemo(() => …, deps)`, or `htmlString()` of a local arrow: the function making the value. */
function producer(value: ts.Expression, definitionOf: (expression: ts.Expression) => ts.Expression, isValueWrapper: (call: ts.CallExpression) => boolean): ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration | undefined {
  let expr = unwrap(value);
  // `htmlString()`: the function called.
  if (ts.isCallExpression(expr) && expr.arguments.length === 0) expr = unwrap(expr.expression);
  const held = unwrap(definitionOf(expr));
  if (ts.isArrowFunction(held) || ts.isFunctionExpression(held)) return held;
  if (ts.isCallExpression(held) && isValueWrapper(held)) {
    const callback = held.arguments[0];
    if (callback && (ts.isArrowFunction(callback) || ts.isFunctionExpression(callback)) && callback.parameters.length === 0) return callback;
  }
  return undefined;
}

/** A return inside `if (test)` (or its `else`) whose test the conditions decide against it. */
function ruledOut(statement: ts.ReturnStatement, body: ts.Block, known: KnownConditions): boolean {
  for (let child: ts.Node = statement, parent = statement.parent; parent && child !== body; child = parent, parent = parent.parent) {
    if (!ts.isIfStatement(parent)) continue;
    const holds = decided(parent.expression, known);
    if (holds === undefined) continue;
    if ((parent.thenStatement === child && !holds) || (parent.elseStatement === child && holds)) return true;
  }
  return false;
}

/** `test ? a : b` with the test decided: the branch taken, else the expression itself. */
function branchesOf(expression: ts.Expression, known: KnownConditions): ts.Expression[] {
  const expr = unwrap(expression);
  if (!ts.isConditionalExpression(expr)) return [expression];
  const holds = decided(expr.condition, known);
  if (holds === undefined) return [expression];
  return branchesOf(holds ? expr.whenTrue : expr.whenFalse, known);
}

function decided(test: ts.Expression, known: KnownConditions): boolean | undefined {
  const expr = unwrap(test);
  if (ts.isPrefixUnaryExpression(expr) && expr.operator === ts.SyntaxKind.ExclamationToken) {
    const inner = decided(expr.operand, known);
    return inner === undefined ? undefined : !inner;
  }
  return known.get(key(expr));
}

function record(known: Map<string, boolean>, test: ts.Expression, holds: boolean): void {
  const expr = unwrap(test);
  if (ts.isPrefixUnaryExpression(expr) && expr.operator === ts.SyntaxKind.ExclamationToken) return record(known, expr.operand, !holds);
  // Only simple tests are correlated: a name or a member read (`props.renderMarkdown`, `showRaw`).
  if (ts.isIdentifier(expr) || ts.isPropertyAccessExpression(expr)) known.set(key(expr), holds);
}

function conjuncts(expression: ts.Expression): ts.Expression[] {
  const expr = unwrap(expression);
  if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return [...conjuncts(expr.left), ...conjuncts(expr.right)];
  return [expr];
}

/** `<Show when={cond}>`: the condition Solid's Show renders its children under. */
function showCondition(element: ts.JsxOpeningLikeElement): ts.Expression | undefined {
  const when = element.attributes.properties.find((a): a is ts.JsxAttribute => ts.isJsxAttribute(a) && a.name.getText() === "when");
  return when?.initializer && ts.isJsxExpression(when.initializer) ? when.initializer.expression : undefined;
}

/** A test's text with `props.` and `this.` dropped: a Vue template reads props bare, the script through `props`. */
function key(expression: ts.Expression): string {
  return expression.getText().replace(/\s+/g, "").replace(/^(props|this|\$props)\./, "");
}

function unwrap(expression: ts.Expression): ts.Expression {
  let expr = expression;
  while (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr)) expr = expr.expression;
  return expr;
}
