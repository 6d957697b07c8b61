import ts from "typescript";
import type { TaintEngine } from "./flows";
import { propertyNameText, skipTypeWrappers } from "./scope";

/**
 * The app's own model wrappers: functions that hand one of their parameters to a model call as
 * its options (`createMessage(params)` → `anthropic.messages.create(params)`), or post it to a
 * model API. Their callers write the prompt.
 */
export class ModelWrappers {
  private readonly wrapperMemo = new Map<ts.SignatureDeclaration, number | undefined>();

  constructor(
    private readonly taint: TaintEngine,
    private readonly isModelCall: (call: ts.CallExpression) => boolean,
    /** The JSON body of a request to a model API, when the call is one. */
    private readonly modelRequestBody: (call: ts.CallExpression) => ts.Expression | undefined,
  ) {}

  /** Which parameter of a function is the options of a model call it makes, given whole or spread in. */
  wrappedOptionsIndex(fn: ts.SignatureDeclaration): number | undefined {
    if (this.wrapperMemo.has(fn)) return this.wrapperMemo.get(fn);
    this.wrapperMemo.set(fn, undefined);
    const body = "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
    const parameterIndex = (expression: ts.Expression): number | undefined => {
      const expr = skipTypeWrappers(expression);
      if (!ts.isIdentifier(expr)) return undefined;
      const declaration = this.taint.evaluator.scopes.resolve(expr)?.declaration;
      const index = declaration && ts.isParameter(declaration) ? fn.parameters.indexOf(declaration) : -1;
      return index >= 0 ? index : undefined;
    };
    // `({ messages, maxTokens }) => fetch(url, { body: JSON.stringify({ model, messages }) })`: the body is rebuilt from the options' fields.
    const destructuredIndex = (expression: ts.Expression): number | undefined => {
      let expr = skipTypeWrappers(expression);
      if (ts.isIdentifier(expr)) {
        const declaration = this.taint.evaluator.scopes.resolve(expr)?.declaration;
        if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) expr = skipTypeWrappers(declaration.initializer);
      }
      if (!ts.isObjectLiteralExpression(expr)) return undefined;
      for (const property of expr.properties) {
        const value = ts.isPropertyAssignment(property) ? skipTypeWrappers(property.initializer) : ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
        if (!value || !ts.isIdentifier(value) || propertyNameText(property.name as ts.PropertyName) !== "messages") continue;
        const declaration = this.taint.evaluator.scopes.resolve(value)?.declaration;
        const parameter = declaration && (ts.isParameter(declaration) || ts.isBindingElement(declaration)) ? ts.findAncestor(declaration, ts.isParameter) : undefined;
        const index = parameter ? fn.parameters.indexOf(parameter) : -1;
        if (index >= 0) return index;
      }
      return undefined;
    };
    let found: number | undefined;
    const visit = (node: ts.Node): void => {
      if (found !== undefined || ts.isFunctionLike(node) || ts.isClassLike(node)) return;
      if (ts.isCallExpression(node)) {
        for (const argument of node.arguments) {
          const expr = skipTypeWrappers(argument);
          const index = parameterIndex(expr) ?? (ts.isObjectLiteralExpression(expr) ? expr.properties.filter(ts.isSpreadAssignment).map((p) => parameterIndex(p.expression)).find((i) => i !== undefined) : undefined);
          if (index !== undefined && this.isModelCall(node)) {
            found = index;
            return;
          }
        }
        // `fetch(modelApiUrl, { body: JSON.stringify(payload) })` with the wrapper's parameter as the body.
        const body = this.modelRequestBody(node);
        const index = body ? (parameterIndex(body) ?? destructuredIndex(body)) : undefined;
        if (index !== undefined) {
          found = index;
          return;
        }
      }
      ts.forEachChild(node, visit);
    };
    if (body) ts.forEachChild(body, visit);
    this.wrapperMemo.set(fn, found);
    return found;
  }
}
