import ts from "typescript";
import { componentModuleOf } from "../source";
import { analysisNodes } from "./node-index";
import { propertyNameText, skipTypeWrappers } from "./scope";

/** Instruction text written in browser code: anyone can read it in the bundle, and the request that carries it can carry any other. */
export interface ClientSystemPrompt {
  /** The value: a literal, or the name of the constant that holds it. */
  readonly node: ts.Expression;
  /** Where it goes: "a request body", "openai.chat.completions.create". */
  readonly via: string;
  readonly length: number;
}

/** Instruction text shorter than this is a label or an id (`"pirate"`), not a prompt. */
const minimumPromptLength = 30;
const systemRoles = new Set(["system", "developer"]);

/**
 * System prompts in code that runs in the browser (a `"use client"` module, a Vue or Svelte
 * component, a module that creates an SDK client with `dangerouslyAllowBrowser`): a `role:
 * "system"` message or a `system`/`systemPrompt`/`instructions` option whose text is constant,
 * inside the arguments of a call (a `fetch` body, `sendMessage` options, a model call).
 */
export function clientSystemPrompts(sourceFile: ts.SourceFile, systemFields: readonly string[], constantString: (expression: ts.Expression) => string | undefined, declarationOf: (identifier: ts.Identifier) => ts.Node | undefined): ClientSystemPrompt[] {
  if (!runsInBrowser(sourceFile)) return [];
  const found: ClientSystemPrompt[] = [];
  const seen = new Set<ts.Node>();
  const report = (value: ts.Expression, at: ts.Node): void => {
    const text = constantString(value);
    if (text === undefined || text.trim().length < minimumPromptLength || seen.has(value)) return;
    const call = sendingCall(at, sourceFile, declarationOf);
    if (!call) return;
    seen.add(value);
    found.push({ node: value, via: describeCall(call), length: text.length });
  };
  for (const node of analysisNodes(sourceFile)) {
    if (!ts.isObjectLiteralExpression(node)) continue;
    const property = (name: string) => node.properties.find((p): p is ts.PropertyAssignment | ts.ShorthandPropertyAssignment => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && propertyNameText(p.name) === name);
    const valueOf = (p: ts.PropertyAssignment | ts.ShorthandPropertyAssignment): ts.Expression => (ts.isPropertyAssignment(p) ? p.initializer : p.name);
    const role = property("role");
    const roleValue = role && ts.isPropertyAssignment(role) ? skipTypeWrappers(role.initializer) : undefined;
    const content = property("content");
    if (roleValue && ts.isStringLiteralLike(roleValue) && systemRoles.has(roleValue.text) && content) report(valueOf(content), node);
    for (const name of systemFields) {
      const field = property(name);
      if (field) report(valueOf(field), node);
    }
  }
  return found;
}

function runsInBrowser(sourceFile: ts.SourceFile): boolean {
  if (componentModuleOf(sourceFile) !== undefined && !/\.server\.|\+server\./.test(sourceFile.fileName)) return true;
  for (const statement of sourceFile.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    if (statement.expression.text === "use client") return true;
  }
  return /\bdangerouslyAllowBrowser\s*:\s*true\b/.test(sourceFile.text);
}

/**
 * The call whose arguments hold the object (through arrays, objects and `JSON.stringify`), or
 * that is given the `const` holding it (`const initial = [{ role: "system", … }]; post(initial)`).
 */
function sendingCall(node: ts.Node, sourceFile: ts.SourceFile, declarationOf: (identifier: ts.Identifier) => ts.Node | undefined, depth = 0): ts.CallExpression | undefined {
  let current: ts.Node = node;
  for (let step = 0; step < 8 && current.parent; step++) {
    const parent: ts.Node = current.parent;
    if (ts.isCallExpression(parent) && parent.arguments.includes(current as ts.Expression)) {
      const callee = parent.expression;
      const isStringify = ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === "JSON" && callee.name.text === "stringify";
      if (!isStringify) return parent;
    }
    if (ts.isVariableDeclaration(parent) && parent.initializer === current && ts.isIdentifier(parent.name) && depth < 2) {
      const declaration = parent;
      const name = parent.name.text;
      // The last call given it: state setters come before the request that sends it.
      let found: ts.CallExpression | undefined;
      const visit = (n: ts.Node): void => {
        if (ts.isIdentifier(n) && n.text === name && n !== declaration.name && declarationOf(n) === declaration) found = sendingCall(n, sourceFile, declarationOf, depth + 1) ?? found;
        ts.forEachChild(n, visit);
      };
      visit(sourceFile);
      return found;
    }
    if (ts.isStatement(parent) || ts.isFunctionLike(parent)) return undefined;
    current = parent;
  }
  return undefined;
}

function describeCall(call: ts.CallExpression): string {
  const text = call.expression.getText();
  return text.length <= 40 ? text : "a request";
}
