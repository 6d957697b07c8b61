import ts from "typescript";
import { defineRule, type RuleContext } from "../server/engine/rule";
import type { SourceOrigin } from "../server/engine/taint/value";
import { lineOf } from "../server/engine/source";

function keyOf(name: ts.PropertyName | undefined): string | undefined {
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
}

/**
 * Whether the code checks the value before the call: an `if` above it that compares the value or
 * looks it up in a list or a set (`ALLOWED.includes(model)`, `max > 4096`) and leaves or replaces
 * it, or a ternary doing the same in place.
 */
function checkedBefore(value: ts.Expression, call: ts.CallExpression | ts.NewExpression): boolean {
  const text = value.getText();
  const checks = (condition: ts.Expression): boolean => {
    let found = false;
    const visit = (node: ts.Node): void => {
      if (found) return;
      if (ts.isBinaryExpression(node) && node.operatorToken.kind !== ts.SyntaxKind.AmpersandAmpersandToken && node.operatorToken.kind !== ts.SyntaxKind.BarBarToken && node.operatorToken.kind !== ts.SyntaxKind.QuestionQuestionToken && node.operatorToken.kind !== ts.SyntaxKind.EqualsToken && (node.left.getText() === text || node.right.getText() === text)) found = true;
      else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ["includes", "has", "hasOwnProperty", "indexOf", "some", "find", "safeParse", "parse", "test"].includes(node.expression.name.text) && node.arguments.some((a) => a.getText() === text || a.getText().includes(text))) found = true;
      else if (ts.isCallExpression(node) && node.arguments.some((a) => a.getText() === text) && /valid|allow|support|check|assert/i.test(node.expression.getText())) found = true;
      else ts.forEachChild(node, visit);
    };
    visit(condition);
    return found;
  };
  if (ts.isConditionalExpression(value)) return checks(value.condition);
  const scope = ts.findAncestor(call, ts.isFunctionLike);
  if (!scope) return false;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || node.getStart() >= call.getStart()) return;
    if ((ts.isIfStatement(node) && checks(node.expression)) || (ts.isSwitchStatement(node) && node.expression.getText() === text)) found = true;
    else ts.forEachChild(node, visit);
  };
  ts.forEachChild(scope, visit);
  return found;
}

/** The initializer of the variable an identifier names, declared in a function around it. */
function constInitializer(identifier: ts.Identifier): ts.Expression | undefined {
  for (let scope: ts.Node | undefined = identifier.parent; scope; scope = scope.parent) {
    if (!ts.isBlock(scope) && !ts.isSourceFile(scope)) continue;
    for (const statement of scope.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === identifier.text) return declaration.initializer;
      }
    }
  }
  return undefined;
}

/**
 * Whether the value is made by a project helper that checks what it is given (`getModel(body.model)`
 * whose `resolveModelId` falls back to a default for an unknown id): a condition in the helper, or a
 * helper it calls, that reads its parameter or a value made from it. Followed through `const`s,
 * `??`/`||` and ternaries, three calls deep.
 */
function checkedInHelper(context: RuleContext, value: ts.Expression, depth = 0): boolean {
  if (depth > 3) return false;
  let expr = value;
  while (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr) || ts.isAwaitExpression(expr)) expr = expr.expression;
  if (ts.isBinaryExpression(expr) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(expr.operatorToken.kind)) return checkedInHelper(context, expr.left, depth) || checkedInHelper(context, expr.right, depth);
  if (ts.isConditionalExpression(expr)) return checkedInHelper(context, expr.whenTrue, depth) || checkedInHelper(context, expr.whenFalse, depth);
  if (ts.isPropertyAccessExpression(expr)) return checkedInHelper(context, expr.expression, depth);
  if (ts.isIdentifier(expr)) {
    const initializer = constInitializer(expr);
    return initializer !== undefined && checkedInHelper(context, initializer, depth);
  }
  if (!ts.isCallExpression(expr)) return false;
  return context.prompts.calledFunctions(expr).some((fn) => {
    const body = "body" in fn ? fn.body : undefined;
    if (!body) return false;
    const locals = new Set<string>(fn.parameters.map((p) => p.name.getText()));
    let found = false;
    const visit = (node: ts.Node): void => {
      if (found) return;
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) locals.add(node.name.text);
      const condition = ts.isIfStatement(node) || ts.isConditionalExpression(node) ? (ts.isIfStatement(node) ? node.expression : node.condition) : undefined;
      if (condition && mentions(condition, locals)) found = true;
      else if (ts.isCallExpression(node) && node.arguments.some((a) => mentions(a, locals)) && checkedInHelper(context, node, depth + 1)) found = true;
      else ts.forEachChild(node, visit);
    };
    visit(body);
    return found;
  });
}

function mentions(node: ts.Node, names: ReadonlySet<string>): boolean {
  if (ts.isIdentifier(node)) return names.has(node.text);
  return ts.forEachChild(node, (child) => (mentions(child, names) ? true : undefined)) ?? false;
}

export default defineRule({
  meta: {
    id: "agent-request-controlled-cost",
    family: "agent",
    defaultSeverity: "warn",
    owasp: "LLM10:2025",
    cwe: [400, 770],
    securitySeverity: 5.5,
    description: "Cost option of a model call (`max_tokens`, `n`, `model`, `maxSteps`/`stopWhen`, `recursionLimit`) taken from request input with no clamp or allow-list.",
    rationale:
      "What a model call costs is set by its options: how many tokens it may write, how many answers it returns, which model runs, how many tool rounds an agent may take. When a caller sends these values and the server passes them on, any caller decides what each request costs the app: the largest model, the most tokens, a hundred choices, a thousand agent steps. Denial of wallet needs no more than a loop of such requests.",
    remediation:
      "Set cost options on the server, or bound what the caller sends: `Math.min(body.max_tokens ?? 512, 2048)`, a zod schema with `.max()`, or a model chosen from an allow-list (`ALLOWED_MODELS.includes(model)`, `z.enum([...])`).",
    example: {
      flagged: `const { prompt, model, max_tokens } = await req.json();
await openai.chat.completions.create({ model, max_tokens, messages: [{ role: "user", content: prompt }] });`,
      fixed: `const { prompt, model, max_tokens } = await req.json();
if (!ALLOWED_MODELS.includes(model)) return new Response("unknown model", { status: 400 });
await openai.chat.completions.create({ model, max_tokens: Math.min(Number(max_tokens) || 512, 2048), messages: [{ role: "user", content: prompt }] });`,
    },
    fix: "none",
    messages: {
      option: "'{{option}}' of {{call}} comes from request input ({{source}}, line {{line}}) with no clamp or allow-list: any caller sets what each call costs. Bound it (Math.min, a schema's .max(), an allow-list of models).",
      whole: "Request input ({{source}}, line {{line}}) is passed as the options of {{call}}: any caller sets max_tokens, n and the model, and so what each call costs. Pick the options the caller may set, and bound them.",
      spread: "Request input ({{source}}, line {{line}}) is spread into the options of {{call}}: any caller sets max_tokens, n and the model, and so what each call costs. Pick the options the caller may set, and bound them.",
    },
  },
  create(context) {
    const { costOptions, costOptionHolders, runLimitOptions, configuredKinds } = context.catalogue.agents;
    const sourceText = (origin: SourceOrigin): { source: string; line: number } => {
      const sourceFile = context.taint.sourceFileOf(origin.file);
      return { source: origin.label, line: sourceFile ? lineOf(sourceFile, origin.start) : 0 };
    };
    // An options object held in a `const` and given to two calls is one place to fix.
    const reported = new Set<ts.Node>();
    const interesting = new Set([...costOptions, ...costOptionHolders]);
    /** Whether a call could matter, read from its text alone: options with a cost key or a spread, a request given whole to `create`, a plain HTTP request. */
    const worthEvaluating = (call: ts.CallExpression | ts.NewExpression): boolean => {
      const callee = call.expression;
      if (ts.isIdentifier(callee) && callee.text === "fetch") return true;
      if (ts.isPropertyAccessExpression(callee) && (callee.name.text === "post" || callee.name.text === "create")) return true;
      return (call.arguments ?? []).some((argument) => {
        const options = objectOf(argument);
        return options !== undefined && options.properties.some((p) => ts.isSpreadAssignment(p) || (p.name !== undefined && interesting.has(keyOf(p.name) ?? "")));
      });
    };
    // A file that names no cost option and sends no request to a provider has nothing to find.
    const mentioned = new RegExp(`\\b(?:${[...costOptions, ...costOptionHolders].join("|")})\\b|\\bfetch\\(|\\.create\\(|\\.post\\(`).test(context.sourceFile.text);
    const check = (call: ts.CallExpression | ts.NewExpression): void => {
        if (!mentioned || !worthEvaluating(call)) return;
        const modelCall = (ts.isCallExpression(call) && context.prompts.isModelCall(call)) || context.prompts.makesKind(call, configuredKinds);
        const names = modelCall ? costOptions : runLimitOptions;
        const callText = call.expression.getText().replace(/\s+/g, "");
        const label = callText.length > 60 ? `${callText.slice(0, 57)}…` : callText;
        const inspectWith = (options: ts.ObjectLiteralExpression, allowed: readonly string[], depth = 0): void => {
          let spreadReported = false;
          for (const property of options.properties) {
            if (ts.isSpreadAssignment(property)) {
              // `...(system ? { system } : {})`, `...(max && { max_tokens: max })`: the objects spread are read like written ones.
              const spreadObjects = objectsSpread(property.expression);
              if (spreadObjects) {
                for (const object of spreadObjects) inspectWith(object, allowed, depth);
                continue;
              }
              if ((!modelCall && allowed !== costOptions) || depth > 0 || spreadReported || reported.has(property)) continue;
              const origin = context.prompts.requestDataSourcesOf(property.expression)[0];
              if (!origin) continue;
              spreadReported = true;
              reported.add(property);
              context.report({ node: property, messageId: "spread", data: { ...sourceText(origin), call: label } });
              continue;
            }
            const key = keyOf(property.name);
            if (key === undefined) continue;
            const value = ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
            if (!value) continue;
            const holder = depth === 0 && costOptionHolders.includes(key) ? objectOf(value) : undefined;
            if (holder) {
              inspectWith(holder, allowed, depth + 1);
              continue;
            }
            if (!allowed.includes(key)) continue;
            // `model: openai(body.model)`: a provider's factory given the request's model id.
            const factoryArgument = key === "model" && ts.isCallExpression(value) && value.arguments.length === 1 ? value.arguments[0] : undefined;
            const origin = context.prompts.requestSourcesOf(value)[0] ?? (factoryArgument ? context.prompts.requestSourcesOf(factoryArgument)[0] : undefined);
            if (!origin || checkedBefore(value, call) || checkedInHelper(context, value) || (factoryArgument !== undefined && checkedBefore(factoryArgument, call)) || reported.has(property)) continue;
            reported.add(property);
            context.report({ node: property, messageId: "option", data: { option: key, call: label, ...sourceText(origin) } });
          }
        };
        // A plain HTTP request's options are the request's, not the model's: only its body is read (below).
        const plainRequest = ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === "fetch";
        for (const argument of plainRequest ? [] : call.arguments ?? []) {
          const options = objectOf(argument);
          if (options) inspectWith(options, names);
        }
        // `openai.chat.completions.create(await request.json())`: the request is the options.
        const first = call.arguments?.[0];
        const takesOptions = ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === "create";
        if (takesOptions && modelCall && first && !objectOf(first) && !ts.isArrayLiteralExpression(first) && !reported.has(first)) {
          const origin = context.prompts.requestDataSourcesOf(first)[0];
          if (origin) {
            reported.add(first);
            context.report({ node: first, messageId: "whole", data: { ...sourceText(origin), call: label } });
          }
        }
        // `fetch("https://api.anthropic.com/v1/messages", { body: JSON.stringify({ model, max_tokens }) })`
        {
          let body = ts.isCallExpression(call) ? context.prompts.modelRequestBody(call) : undefined;
          if (body && ts.isIdentifier(body)) body = constInitializer(body);
          if (body && ts.isCallExpression(body) && body.expression.getText() === "JSON.stringify") body = body.arguments[0];
          if (body && ts.isIdentifier(body)) body = constInitializer(body) ?? body;
          if (body && ts.isObjectLiteralExpression(body)) {
            inspectWith(body, costOptions);
          } else if (body && !reported.has(body)) {
            // `fetch(PROVIDER_URL, { body: await req.text() })`: the caller's request is forwarded as it came.
            const origin = forwardedAsRead(context, body) ? (context.prompts.requestDataSourcesOf(body)[0] ?? wholeTextOf(context, body)) : undefined;
            if (origin) {
              reported.add(body);
              context.report({ node: body, messageId: "whole", data: { ...sourceText(origin), call: label } });
            }
          }
        }
    };
    return { CallExpression: check, NewExpression: check };
  },
});

/** The object literals a conditional spread can give; undefined when the spread is no such expression. */
function objectsSpread(expression: ts.Expression): ts.ObjectLiteralExpression[] | undefined {
  let expr = expression;
  while (ts.isParenthesizedExpression(expr)) expr = expr.expression;
  if (ts.isObjectLiteralExpression(expr)) return [expr];
  if (ts.isConditionalExpression(expr)) {
    const branches = [objectsSpread(expr.whenTrue), objectsSpread(expr.whenFalse)];
    return branches.every((b) => b !== undefined) ? branches.flatMap((b) => b ?? []) : undefined;
  }
  if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return objectsSpread(expr.right);
  if (ts.isBinaryExpression(expr) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(expr.operatorToken.kind)) {
    const left = objectsSpread(expr.left);
    const right = objectsSpread(expr.right);
    return left && right ? [...left, ...right] : undefined;
  }
  return undefined;
}

/** The request as it was read (`req.body`, `await req.json()`), not a value a project function made from it (a proxy's rewrite). */
function forwardedAsRead(context: RuleContext, body: ts.Expression): boolean {
  let expr = body;
  if (ts.isIdentifier(expr)) expr = constInitializer(expr) ?? expr;
  while (ts.isAwaitExpression(expr) || ts.isParenthesizedExpression(expr)) expr = expr.expression;
  return !(ts.isCallExpression(expr) && context.prompts.calledFunctions(expr).length > 0);
}

/** Request input read whole as text (`await req.text()`), possibly through a `const`. */
function wholeTextOf(context: RuleContext, body: ts.Expression): SourceOrigin | undefined {
  let expr = body;
  if (ts.isIdentifier(expr)) expr = constInitializer(expr) ?? expr;
  while (ts.isAwaitExpression(expr) || ts.isParenthesizedExpression(expr)) expr = expr.expression;
  if (!ts.isCallExpression(expr) || !ts.isPropertyAccessExpression(expr.expression) || expr.expression.name.text !== "text" || expr.arguments.length > 0) return undefined;
  return context.prompts.requestSourcesOf(expr)[0];
}

/** An options object written in place or held in a `const` beside the call. */
function objectOf(expression: ts.Expression): ts.ObjectLiteralExpression | undefined {
  if (ts.isObjectLiteralExpression(expression)) return expression;
  if (!ts.isIdentifier(expression) || !objectConstants(expression.getSourceFile()).has(expression.text)) return undefined;
  const initializer = constInitializer(expression);
  return initializer && ts.isObjectLiteralExpression(initializer) ? initializer : undefined;
}

const objectConstantNames = new WeakMap<ts.SourceFile, ReadonlySet<string>>();

/** Names a file gives object literals (`const options = { … }`), found once, so most identifiers are never looked up. */
function objectConstants(sourceFile: ts.SourceFile): ReadonlySet<string> {
  let names = objectConstantNames.get(sourceFile);
  if (!names) {
    const found = new Set<string>();
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isObjectLiteralExpression(node.initializer)) found.add(node.name.text);
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    names = found;
    objectConstantNames.set(sourceFile, names);
  }
  return names;
}
