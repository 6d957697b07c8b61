import ts from "typescript";
import { defineRule, type Fix, type RuleContext } from "../server/engine/rule";
import { isTestOrMockFile } from "./shared/secrets";
import { arraysGrownIn, comparesBound, conditionTerms, countersUpdatedIn, exits, forEachRunNode } from "./shared/agent-code";

type Loop = ts.WhileStatement | ts.DoStatement | ts.ForStatement;

/** Parsing a response (`JSON.parse`, `res.json()`) reads model output; it asks the model nothing. */
const parsing = new Set(["parse", "json", "text"]);

function asksModel(context: RuleContext, call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee) && parsing.has(callee.name.text)) return false;
  return context.prompts.looksLikeModelCall(call) || handsToolsWithMessages(context, call);
}

/** `const r = await llm.exec(…)`, `r = await …`: the call's answer is read, not dropped like a notification's. */
function resultIsUsed(call: ts.CallExpression): boolean {
  let node: ts.Node = call;
  while (ts.isAwaitExpression(node.parent) || ts.isParenthesizedExpression(node.parent)) node = node.parent;
  const parent = node.parent;
  return ts.isVariableDeclaration(parent) || (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === node) || ts.isReturnStatement(parent);
}

/**
 * `runLLM({ messages, tools })`: a function given a conversation and tools asks a model, whatever
 * helper it goes through. A method of some object given both (`telemetry.onStepStart({ messages, tools })`)
 * is as likely to record them: a method counts only when its answer is read.
 */
function handsToolsWithMessages(context: RuleContext, call: ts.CallExpression): boolean {
  if (!ts.isIdentifier(call.expression) && !resultIsUsed(call)) return false;
  return call.arguments.some((arg) => {
    if (!ts.isObjectLiteralExpression(arg)) return false;
    const keys = arg.properties.map((p) => (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : ""));
    return keys.includes("messages") && keys.some((k) => context.catalogue.agents.toolOptions.includes(k));
  });
}

/**
 * Model calls a statement makes, directly or in a helper it calls (one level down). A helper's
 * calls made inside its own loop or recursion are that loop's (reported there, if unbounded).
 */
function modelCallsIn(context: RuleContext, root: ts.Node): ts.CallExpression[] {
  const calls: ts.CallExpression[] = [];
  forEachRunNode(root, (node) => {
    if (!ts.isCallExpression(node)) return;
    if (asksModel(context, node)) {
      calls.push(node);
      return;
    }
    for (const helper of context.prompts.calledFunctions(node)) {
      const body = "body" in helper ? helper.body : undefined;
      if (!body || helper.getSourceFile().isDeclarationFile) continue;
      let recursive = false;
      const inner: ts.CallExpression[] = [];
      const visitInner = (n: ts.Node): void => {
        if (!ts.isCallExpression(n)) return;
        if (context.prompts.calledFunctions(n).includes(helper)) recursive = true;
        else if (asksModel(context, n)) inner.push(n);
      };
      // `const callClaude = () => anthropic.messages.create({ … })`: the body is the call itself.
      visitInner(body);
      forEachRunNode(body, visitInner);
      if (!recursive) calls.push(...inner.filter((n) => !insideLoopOf(n, body)));
    }
  });
  return calls;
}

function insideLoopOf(node: ts.Node, body: ts.Node): boolean {
  for (let current = node.parent; current && current !== body; current = current.parent) if (ts.isIterationStatement(current, false)) return true;
  return false;
}

/** A loop that reads a stream (`await reader.read()`) handles the chunks of one answer. */
function readsStream(root: ts.Node): boolean {
  let reads = false;
  forEachRunNode(root, (node) => {
    if (!reads && ts.isCallExpression(node) && node.arguments.length === 0 && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "read") reads = true;
  });
  return reads;
}

/** A round that waits for a person (`rl.question`, `process.stdin`): a chat session, not a runaway agent. */
function waitsForPerson(context: RuleContext, root: ts.Node): boolean {
  let waits = false;
  forEachRunNode(root, (node) => {
    // The loop's own statement is a loop of its own, judged by itself.
    if (ts.isIterationStatement(node, false)) return;
    if (waits) return;
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : "";
      if (context.catalogue.agents.userInputCalls.includes(name)) waits = true;
    } else if (ts.isPropertyAccessExpression(node) && node.getText() === "process.stdin") waits = true;
  });
  return waits;
}

/** Tools handed to the model, or its answer read for tool requests (`stop_reason`, `tool_calls`). */
function usesTools(context: RuleContext, root: ts.Node, calls: readonly ts.CallExpression[]): boolean {
  const { toolOptions, toolRequestFields } = context.catalogue.agents;
  const handsTools = calls.some((call) =>
    call.arguments.some((arg) => ts.isObjectLiteralExpression(arg) && arg.properties.some((p) => p.name !== undefined && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && toolOptions.includes(p.name.text))),
  );
  if (handsTools) return true;
  let reads = false;
  const visit = (node: ts.Node): void => {
    if (reads) return;
    if ((ts.isPropertyAccessExpression(node) && toolRequestFields.includes(node.name.text)) || (ts.isStringLiteral(node) && toolRequestFields.includes(node.text)) || (ts.isBindingElement(node) && toolRequestFields.includes((node.propertyName ?? node.name).getText()))) reads = true;
    else ts.forEachChild(node, visit);
  };
  visit(root);
  return reads;
}

/** A bound on the loop: a condition or an exiting `if` that compares a counter, the clock or a growing list with a limit. */
function isBounded(loop: Loop): boolean {
  const counters = countersUpdatedIn(loop);
  const grown = arraysGrownIn(loop);
  const none = new Set<string>();
  const condition = ts.isForStatement(loop) ? loop.condition : loop.expression;
  if (condition && comparesBound(condition, counters, grown, none)) return true;
  const flags = conditionTerms(ts.isForStatement(loop) ? loop.condition : loop.expression);
  return guardedExit(loop.statement, counters, grown, none, flags);
}

/** An `if` (or a `while`/ternary condition) inside `body` that compares a bound and leaves when it is reached. */
function guardedExit(body: ts.Node, counters: ReadonlySet<string>, grown: ReadonlySet<string>, bounds: ReadonlySet<string>, flags: ReadonlySet<string>): boolean {
  let found = false;
  forEachRunNode(body, (node) => {
    if (found || !ts.isIfStatement(node) || !(comparesBound(node.expression, counters, grown, bounds) || asksBudget(node.expression, body))) return;
    if (exits(node.thenStatement, flags) || (node.elseStatement !== undefined && exits(node.elseStatement, flags))) found = true;
  });
  return found;
}

/**
 * `const over = budget.check(); if (over) break;`, `if (limiter.exceeded()) throw …`: a question put
 * to an object that keeps its own count, asked with nothing from the model's answer.
 */
function asksBudget(condition: ts.Expression, body: ts.Node): boolean {
  const isQuestion = (node: ts.Node): boolean => ts.isCallExpression(node) && node.arguments.length === 0 && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text !== "read";
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || ts.isFunctionLike(node)) return;
    if (isQuestion(node)) found = true;
    // Only a name tested as a whole (`if (over)`): `response.content` reads an answer's fields.
    else if (ts.isIdentifier(node) && !(ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node)) {
      // A name given the answer of such a question in the loop.
      forEachRunNode(body, (candidate) => {
        if (!found && ts.isVariableDeclaration(candidate) && ts.isIdentifier(candidate.name) && candidate.name.text === node.text && candidate.initializer) {
          let init: ts.Expression = candidate.initializer;
          while (ts.isAwaitExpression(init) || ts.isParenthesizedExpression(init)) init = init.expression;
          if (isQuestion(init)) found = true;
        }
      });
    } else ts.forEachChild(node, visit);
  };
  visit(condition);
  return found;
}

const keywordOf = (loop: Loop): string => (ts.isWhileStatement(loop) ? "while" : ts.isDoStatement(loop) ? "do" : "for");

/** `while (true)` / `for (;;)` → `for (let step = 0; step < 25; step++)`: the same loop, ended after 25 rounds. */
function boundFix(loop: Loop, sourceFile: ts.SourceFile): Fix | undefined {
  const endless = ts.isForStatement(loop) ? !loop.initializer && !loop.condition && !loop.incrementor : ts.isWhileStatement(loop) && loop.expression.kind === ts.SyntaxKind.TrueKeyword;
  if (!endless) return undefined;
  const scope = ts.findAncestor(loop, ts.isFunctionLike) ?? sourceFile;
  const used = new Set<string>();
  const collect = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) used.add(node.text);
    ts.forEachChild(node, collect);
  };
  collect(scope);
  const name = ["step", "round", "agentStep", "agentRound"].find((n) => !used.has(n));
  if (!name) return undefined;
  const headerEnd = loop.statement.getStart(sourceFile);
  let end = headerEnd;
  while (end > loop.getStart(sourceFile) && /\s/.test(sourceFile.text[end - 1] ?? "")) end--;
  return {
    safety: "suggestion",
    description: "End the loop after 25 rounds",
    edits: [{ start: loop.getStart(sourceFile), end, newText: `for (let ${name} = 0; ${name} < 25; ${name}++)` }],
  };
}

/** The call to name in a message: an SDK call rather than a plain HTTP request when there is one. */
function bestModelCall(calls: readonly ts.CallExpression[]): ts.CallExpression {
  return calls.find((c) => !(ts.isIdentifier(c.expression) && c.expression.text === "fetch")) ?? calls[0]!;
}

function modelLabel(call: ts.CallExpression): string {
  const text = call.expression.getText().replace(/\s+/g, "");
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export default defineRule({
  meta: {
    id: "agent-unbounded-loop",
    family: "agent",
    defaultSeverity: "warn",
    owasp: "LLM10:2025",
    cwe: [400, 770],
    securitySeverity: 5.5,
    description: "Agent loop (or recursion) that calls a model with tools and goes round again while the model asks for tools, with no step count, time or token budget to end it.",
    rationale:
      "An agent loop runs as long as the model keeps asking for tools. A model stuck repeating a failing call, or one steered by injected text in a web page, a file or a tool result to keep going, then runs without end: every round is paid for, and every round can act (send mail, write files, call APIs). A counter checked before each call, a time budget or a token budget puts a ceiling on both.",
    remediation:
      "Count the rounds and stop at a limit (`for (let step = 0; step < MAX_STEPS; step++)`, or `if (++steps > MAX_STEPS) throw …` before the call), or stop after a time or token budget; with the AI SDK, pass `stopWhen: stepCountIs(n)`.",
    example: {
      flagged: `while (true) {
  const response = await client.messages.create({ model, max_tokens: 1024, tools, messages });
  if (response.stop_reason !== "tool_use") return response;
  messages.push({ role: "user", content: await runTools(response) });
}`,
      fixed: `for (let step = 0; step < 25; step++) {
  const response = await client.messages.create({ model, max_tokens: 1024, tools, messages });
  if (response.stop_reason !== "tool_use") return response;
  messages.push({ role: "user", content: await runTools(response) });
}
throw new Error("the agent did not finish in 25 steps");`,
    },
    fix: "suggestion",
    messages: {
      loop: "Agent loop with no bound: it calls {{model}} with tools and goes round again while the model asks for them, and no step count, time or token budget ends it. A model that keeps calling tools (or text that tells it to) runs up cost and actions without end. Count the rounds and stop at a limit.",
      recursion: "Agent recursion with no bound: {{fn}} calls {{model}} with tools and calls itself again while the model asks for them, with no depth or step limit. A model that keeps calling tools (or text that tells it to) recurses without end. Pass a depth and stop at a limit.",
    },
  },
  create(context) {
    return {
      "SourceFile:exit"(sourceFile) {
        // Tests drive an agent a few rounds against a fixture; the loops worth bounding ship.
        if (isTestOrMockFile(sourceFile.fileName) || /\.int\.test\.|[\\/](?:tests?|__tests__|e2e)[\\/]/.test(sourceFile.fileName)) return;
        const visit = (node: ts.Node): void => {
          if (ts.isWhileStatement(node) || ts.isDoStatement(node) || ts.isForStatement(node)) checkLoop(node);
          if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node)) && node.body) checkRecursion(node);
          ts.forEachChild(node, visit);
        };
        // Cheap text tests first: most files, loops and functions have nothing to do with tools.
        const { toolRequestFields, toolOptions } = context.catalogue.agents;
        const markers = new RegExp([...toolRequestFields, ...toolOptions].map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
        if (!markers.test(sourceFile.text)) return;
        const mentionsTools = (node: ts.Node): boolean => markers.test(sourceFile.text.slice(node.getStart(sourceFile), node.getEnd()));
        // Names the file calls (`run(…)`, `this.run(…)`): only a function whose name is among them can call itself.
        const calledNames = new Set<string>();
        const collectCalls = (node: ts.Node): void => {
          if (ts.isCallExpression(node)) {
            const callee = node.expression;
            if (ts.isIdentifier(callee)) calledNames.add(callee.text);
            else if (ts.isPropertyAccessExpression(callee)) calledNames.add(callee.name.text);
          }
          ts.forEachChild(node, collectCalls);
        };
        collectCalls(sourceFile);
        const checkLoop = (loop: Loop): void => {
          if (!mentionsTools(loop)) return;
          const calls = modelCallsIn(context, loop.statement);
          if (calls.length === 0 || !usesTools(context, loop, calls) || isBounded(loop) || waitsForPerson(context, loop) || readsStream(loop.statement)) return;
          const start = loop.getStart(sourceFile);
          const fix = boundFix(loop, sourceFile);
          context.report({ start, end: start + keywordOf(loop).length, messageId: "loop", data: { model: modelLabel(bestModelCall(calls)) }, related: calls.slice(0, 3).map((c) => ({ start: c.getStart(), end: c.getEnd(), message: "model call with tools", file: c.getSourceFile().fileName })), ...(fix ? { fix } : {}) });
        };
        const checkRecursion = (fn: ts.FunctionLikeDeclaration): void => {
          const body = fn.body!;
          const ownName = fn.name?.getText(sourceFile) ?? (ts.isVariableDeclaration(fn.parent) ? fn.parent.name.getText(sourceFile) : undefined);
          if (ownName === undefined || !calledNames.has(ownName) || !mentionsTools(body)) return;
          const selfCalls: ts.CallExpression[] = [];
          forEachRunNode(body, (node) => {
            if (ts.isCallExpression(node) && context.prompts.calledFunctions(node).includes(fn)) selfCalls.push(node);
          });
          if (selfCalls.length === 0) return;
          const calls = modelCallsIn(context, body);
          if (calls.length === 0 || !usesTools(context, body, calls)) return;
          const parameters = new Set(fn.parameters.flatMap((p) => (ts.isIdentifier(p.name) ? [p.name.text] : ts.isObjectBindingPattern(p.name) ? p.name.elements.map((e) => e.name.getText()) : [])));
          if (guardedExit(body, countersUpdatedIn(body), arraysGrownIn(body), parameters, new Set())) return;
          const name = fn.name?.getText() ?? (ts.isVariableDeclaration(fn.parent) ? fn.parent.name.getText() : "this function");
          const call = selfCalls[0]!;
          context.report({ node: call, messageId: "recursion", data: { fn: `'${name}'`, model: modelLabel(bestModelCall(calls)) } });
        };
        visit(sourceFile);
      },
    };
  },
});
