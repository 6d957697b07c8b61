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
export function clientSystemPrompts(sourceFile: ts.SourceFile, systemFields: readonly string[], constantString: (expression: ts.Expression) => string | undefined, declarationOf: (identifier: ts.Identifier) => ts.Node | undefined, importedByBrowserOnly: (file: string) => boolean): ClientSystemPrompt[] {
  if (!runsInBrowser(sourceFile) && !importedByBrowserOnly(sourceFile.fileName)) return [];
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

/** Paths of modules that run on the server whatever imports them: API routes, server files, middleware. */
const serverPath = /(?:^|[\\/])(?:api|server)[\\/]|[\\/]route\.[cm]?[jt]sx?$|\.server\.|\+(?:page\.)?server\.|[\\/]middleware\.[cm]?[jt]s$/;

/** Whether a module's text says it runs in the browser, without parsing it: a `"use client"` directive first, a component file, a browser SDK client. */
export function textRunsInBrowser(file: string, text: string): boolean {
  if (serverPath.test(file)) return false;
  if (/\.(?:vue|svelte)$/.test(file)) return true;
  if (firstStatementText(text).startsWith("use client", 1)) return true;
  return /\bdangerouslyAllowBrowser\s*:\s*true\b/.test(text);
}

/** The text from a module's first statement on: leading whitespace and comments skipped (a loop, not a backtracking pattern). */
function firstStatementText(text: string): string {
  let at = 0;
  for (;;) {
    while (at < text.length && /\s/.test(text[at] ?? "")) at++;
    if (text.startsWith("//", at)) {
      const end = text.indexOf("\n", at);
      at = end < 0 ? text.length : end + 1;
    } else if (text.startsWith("/*", at)) {
      const end = text.indexOf("*/", at + 2);
      at = end < 0 ? text.length : end + 2;
    } else return text.slice(at, at + 16);
  }
}

/**
 * A module only browser code imports (`agentConfigs/returns.ts` imported by an index that a
 * `"use client"` App imports): it is bundled for the browser, whatever it says of itself.
 */
export function importedOnlyByBrowser(file: string, importersOf: (file: string) => ReadonlySet<string>, textOf: (file: string) => string, memo: Map<string, boolean>, depth = 0): boolean {
  const known = memo.get(file);
  if (known !== undefined) return known;
  memo.set(file, false);
  if (serverPath.test(file) || depth > 4 || firstStatementText(textOf(file)).startsWith("use server", 1)) return false;
  const importers = [...importersOf(file)];
  const result = importers.length > 0 && importers.every((importer) => textRunsInBrowser(importer, textOf(importer)) || importedOnlyByBrowser(importer, importersOf, textOf, memo, depth + 1));
  memo.set(file, result);
  return result;
}
