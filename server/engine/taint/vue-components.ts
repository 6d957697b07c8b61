import ts from "typescript";
import { propertyNameText } from "./scope";

/**
 * The shape of a Vue component written with the Options API: `export default { data() { return
 * { messages: [] } }, setup() { return { marked } }, methods: { send() { this.messages.push(…) } },
 * computed: { … } }`. Its instance (`this` in its functions, and every free name in its template)
 * has the members those options declare and whatever its functions write to `this`.
 */

/** The component object of a `.vue` module: `export default { … }` or `export default defineComponent({ … })`. */
export function componentObject(sourceFile: ts.SourceFile): ts.ObjectLiteralExpression | undefined {
  for (const statement of sourceFile.statements) {
    if (!ts.isExportAssignment(statement) || statement.isExportEquals) continue;
    let expression = statement.expression;
    while (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression)) expression = expression.expression;
    if (ts.isCallExpression(expression) && expression.arguments[0]) expression = expression.arguments[0];
    return ts.isObjectLiteralExpression(expression) ? expression : undefined;
  }
  return undefined;
}

/** Whether an object literal is a component's options (it declares state, methods or a template's data). */
export function isComponentObject(object: ts.ObjectLiteralExpression): boolean {
  return object.properties.some((p) => p.name !== undefined && ["data", "setup", "methods", "computed"].includes(propertyNameText(p.name) ?? ""));
}

/**
 * Whether an object literal is a Pinia options store (`defineStore("chat", { state, getters, actions })`):
 * its instance is read like a component's, `state` standing for `data`, `actions` for `methods`,
 * `getters` for `computed`.
 */
export function isStoreOptions(object: ts.ObjectLiteralExpression): boolean {
  return object.properties.some((p) => p.name !== undefined && ["state", "actions"].includes(propertyNameText(p.name) ?? ""));
}

/** The component (or store) whose option (`methods`, `computed`, `watch`, `actions`, `getters`) holds a function, for `this` inside it. */
export function componentOfOption(object: ts.ObjectLiteralExpression): ts.ObjectLiteralExpression | undefined {
  const holder = object.parent;
  if (!ts.isPropertyAssignment(holder) || !["methods", "computed", "watch", "actions", "getters"].includes(propertyNameText(holder.name) ?? "")) return undefined;
  const component = holder.parent;
  return ts.isObjectLiteralExpression(component) && (isComponentObject(component) || isStoreOptions(component)) ? component : undefined;
}

/** Where a member of the instance comes from: expressions to evaluate, functions it is, getters to call. */
export interface InstanceMember {
  readonly values: readonly ts.Expression[];
  readonly functions: readonly ts.SignatureDeclaration[];
  readonly getters: readonly ts.SignatureDeclaration[];
  /** `this.messages.push(x)`: the arguments pushed. */
  readonly pushed: readonly ts.Expression[];
}

export function instanceMember(component: ts.ObjectLiteralExpression, name: string): InstanceMember {
  const values: ts.Expression[] = [];
  const functions: ts.SignatureDeclaration[] = [];
  const getters: ts.SignatureDeclaration[] = [];
  const pushed: ts.Expression[] = [];
  for (const option of component.properties) {
    const optionName = option.name ? propertyNameText(option.name) : undefined;
    if (optionName === "data" || optionName === "setup" || optionName === "state") {
      // The object `data()` or `setup()` returns: `{ messages: [] }`, `{ marked }`.
      for (const returned of returnedObjects(optionFunction(option))) {
        for (const property of returned.properties) {
          if (!property.name || propertyNameText(property.name) !== name) continue;
          if (ts.isPropertyAssignment(property)) values.push(property.initializer);
          else if (ts.isShorthandPropertyAssignment(property)) values.push(property.name);
        }
      }
    } else if (optionName === "methods" || optionName === "computed" || optionName === "actions" || optionName === "getters") {
      const object = ts.isPropertyAssignment(option) ? option.initializer : undefined;
      if (!object || !ts.isObjectLiteralExpression(object)) continue;
      for (const property of object.properties) {
        if (!property.name || propertyNameText(property.name) !== name) continue;
        const fn = optionFunction(property);
        if ((optionName === "methods" || optionName === "actions") && fn) functions.push(fn);
        if (optionName === "computed" || optionName === "getters") {
          const getter = fn ?? getterOf(property);
          if (getter) getters.push(getter);
        }
      }
    }
  }
  // `this.name = …` and `this.name.push(…)` in any of the component's functions.
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && isAssignment(node.operatorToken.kind) && isThisMember(node.left, name)) values.push(node.right);
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ["push", "unshift"].includes(node.expression.name.text) && isThisMember(node.expression.expression, name)) {
      pushed.push(...node.arguments.filter((a): a is ts.Expression => !ts.isSpreadElement(a)));
    }
    ts.forEachChild(node, visit);
  };
  visit(component);
  return { values, functions, getters, pushed };
}

function optionFunction(option: ts.ObjectLiteralElementLike): ts.SignatureDeclaration | undefined {
  if (ts.isMethodDeclaration(option)) return option;
  if (ts.isPropertyAssignment(option) && (ts.isFunctionExpression(option.initializer) || ts.isArrowFunction(option.initializer))) return option.initializer;
  return undefined;
}

/** `computed: { total: { get() { … }, set(v) { … } } }`: the getter. */
function getterOf(property: ts.ObjectLiteralElementLike): ts.SignatureDeclaration | undefined {
  if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) return undefined;
  const get = property.initializer.properties.find((p) => p.name !== undefined && propertyNameText(p.name) === "get");
  return get ? optionFunction(get) : undefined;
}

function returnedObjects(fn: ts.SignatureDeclaration | undefined): ts.ObjectLiteralExpression[] {
  const body = fn && "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
  if (!body) return [];
  const unwrap = (e: ts.Expression): ts.Expression => (ts.isParenthesizedExpression(e) ? unwrap(e.expression) : e);
  if (!ts.isBlock(body)) {
    const expression = unwrap(body as ts.Expression);
    return ts.isObjectLiteralExpression(expression) ? [expression] : [];
  }
  const objects: ts.ObjectLiteralExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) {
      const expression = unwrap(node.expression);
      if (ts.isObjectLiteralExpression(expression)) objects.push(expression);
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return objects;
}

function isThisMember(node: ts.Node, name: string): boolean {
  return ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword && node.name.text === name;
}

function isAssignment(kind: ts.SyntaxKind): boolean {
  return kind === ts.SyntaxKind.EqualsToken || kind === ts.SyntaxKind.PlusEqualsToken;
}
