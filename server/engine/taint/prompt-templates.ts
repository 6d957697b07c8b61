import ts from "typescript";
import type { Catalogue } from "../catalogue";
import { normalizeRef } from "./evaluator";
import type { TaintEngine } from "./flows";
import type { PromptFlow } from "./prompts";
import { delimited } from "./delimiters";
import { calleeText, propertyNameText } from "./scope";
import type { SourceOrigin, Step } from "./value";

/** A prompt template's variable: the role it stands in and whether the template's text labels it as data. */
export interface TemplateVariable {
  readonly role: "system" | "user";
  readonly labeled: boolean;
  readonly node: ts.Node;
}

export type TemplateVariables = ReadonlyMap<string, TemplateVariable>;

const systemRoles = new Set(["system", "developer"]);
const templateMethods = new Set(["invoke", "format", "formatMessages", "formatPromptValue", "stream", "batch", "call"]);

/**
 * LangChain prompt templates: the variables a file's templates declare, and where they are
 * filled (`chain.invoke({ context })`, the first step of `RunnableSequence.from([...])`).
 */
export class PromptTemplates {
  constructor(
    private readonly catalogue: Catalogue,
    private readonly taint: TaintEngine,
    /** The untrusted text a value filling a variable carries, as prompt flows. */
    private readonly taintedFlows: (value: ts.Expression, role: "system" | "user", sinkLabel: string, labeledByTemplate?: boolean, serialized?: boolean) => PromptFlow[],
  ) {}

  /**
   * Variables of the prompt templates a file builds (`ChatPromptTemplate.fromMessages([["system",
   * "…{context}…"]])`): for each, its role and whether the template's text labels it.
   */
  variables(sourceFile: ts.SourceFile): TemplateVariables {
    const variables = new Map<string, TemplateVariable>();
    if (!/PromptTemplate/.test(sourceFile.text)) return variables;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) mergeVariables(variables, this.templateVariablesOf(node));
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    return variables;
  }

  /**
   * The variables one template declares: `ChatPromptTemplate.fromMessages([["system", "…{context}…"]])`,
   * `PromptTemplate.fromTemplate(TEMPLATE)` (the text in a `const`, here or imported), LlamaIndex's
   * `new PromptTemplate({ template })`; undefined when the node builds no template.
   */
  private templateVariablesOf(node: ts.CallExpression | ts.NewExpression): Map<string, TemplateVariable> | undefined {
    const memo = this.variablesMemo.get(node);
    if (memo !== undefined || this.variablesMemo.has(node)) return memo;
    this.variablesMemo.set(node, undefined);
    const variables = new Map<string, TemplateVariable>();
    const record = (text: string, role: "system" | "user", at: ts.Node): void => {
      for (const match of text.matchAll(/\{(\w+)\}/g)) {
        const before = text.slice(0, match.index);
        const after = text.slice((match.index ?? 0) + match[0].length);
        mergeVariables(variables, new Map([[match[1] ?? "", { role, labeled: delimited(before, after), node: at }]]));
      }
    };
    let builds = false;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ["fromMessages", "fromTemplate"].includes(node.expression.name.text)) {
      const owner = this.taint.evaluator.evaluate(node.expression.expression).refs.map(normalizeRef);
      builds = owner.some((r) => this.catalogue.promptBuilders.templates.some((t) => (t.modules as readonly string[]).includes(r.module) && t.exportName === r.exportName));
      const arg = node.arguments[0];
      const list = arg && this.resolved(arg);
      if (builds && list) {
        const text = this.templateText(list, 0);
        if (text !== undefined) record(text, "user", list);
        else if (ts.isArrayLiteralExpression(list)) {
          for (const element of list.elements) {
            if (!ts.isArrayLiteralExpression(element) || element.elements.length !== 2) continue;
            const [roleNode, textNode] = element.elements;
            const role = roleNode && ts.isStringLiteralLike(roleNode) && systemRoles.has(roleNode.text) ? "system" : "user";
            const messageText = textNode && this.templateText(textNode, 0);
            if (textNode && messageText !== undefined) record(messageText, role, textNode);
          }
        }
      }
    }
    // LlamaIndex: `new PromptTemplate({ template: "Context: {context}" })`.
    if (ts.isNewExpression(node) && node.arguments?.[0] && ts.isObjectLiteralExpression(node.arguments[0])) {
      const owner = this.taint.evaluator.evaluate(node.expression).refs.map(normalizeRef);
      builds = owner.some((r) => this.catalogue.promptBuilders.templateClasses.some((t) => t.modules.includes(r.module) && t.exportName === r.exportName));
      const template = node.arguments[0].properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyNameText(p.name) === "template");
      const text = template && this.templateText(template.initializer, 0);
      if (builds && template && text !== undefined) record(text, "user", template.initializer);
    }
    const result = builds ? variables : undefined;
    this.variablesMemo.set(node, result);
    return result;
  }

  private readonly variablesMemo = new Map<ts.Node, Map<string, TemplateVariable> | undefined>();

  /** What an expression stands for: a `const`'s initializer, here or in the module it is imported from. */
  private resolved(expression: ts.Expression): ts.Expression {
    return ts.isIdentifier(expression) || ts.isPropertyAccessExpression(expression) ? this.taint.evaluator.definitionOf(expression) : expression;
  }

  /** A template's text: a string, a template literal (what it interpolates left out), a `const` holding one, pieces joined by `+`. */
  private templateText(expression: ts.Expression, depth: number): string | undefined {
    const expr = this.resolved(expression);
    if (depth > 3) return undefined;
    if (ts.isStringLiteralLike(expr)) return expr.text;
    if (ts.isTemplateExpression(expr)) return expr.head.text + expr.templateSpans.map((span) => `\u0000${span.literal.text}`).join("");
    if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = this.templateText(expr.left, depth + 1);
      const right = this.templateText(expr.right, depth + 1);
      return left !== undefined && right !== undefined ? left + right : undefined;
    }
    return undefined;
  }

  /**
   * The variables of the template a call fills, found from its receiver: `prompt.invoke(…)`,
   * `prompt.pipe(model).invoke(…)`, `this.promptTemplate.format(…)`, a chain built with
   * `createStuffDocumentsChain({ llm, prompt })` — the template written here or imported.
   */
  receiverVariables(receiver: ts.Expression, depth = 0): Map<string, TemplateVariable> | undefined {
    if (depth > 4) return undefined;
    let expr: ts.Expression = receiver;
    while (ts.isAwaitExpression(expr) || ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr) || ts.isNonNullExpression(expr)) expr = expr.expression;
    const definition = this.resolved(expr);
    let inner: ts.Expression = definition;
    while (ts.isAwaitExpression(inner) || ts.isParenthesizedExpression(inner)) inner = inner.expression;
    if (!ts.isCallExpression(inner) && !ts.isNewExpression(inner)) return undefined;
    const own = this.templateVariablesOf(inner);
    if (own) return own;
    if (!ts.isCallExpression(inner)) return undefined;
    // `prompt.pipe(model)`: the template is the first step.
    if (ts.isPropertyAccessExpression(inner.expression) && inner.expression.name.text === "pipe") return this.receiverVariables(inner.expression.expression, depth + 1);
    // `createStuffDocumentsChain({ llm, prompt })`, `RunnableSequence.from([prompt, model])`.
    const options = inner.arguments[0];
    if (options && ts.isObjectLiteralExpression(options)) {
      const prompt = options.properties.find((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && propertyNameText(p.name) === "prompt");
      const value = prompt && (ts.isPropertyAssignment(prompt) ? prompt.initializer : ts.isShorthandPropertyAssignment(prompt) ? prompt.name : undefined);
      if (value) return this.receiverVariables(value, depth + 1);
    }
    if (options && ts.isArrayLiteralExpression(options)) {
      for (const step of options.elements) {
        const found = this.receiverVariables(step, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  }

  /**
   * `RunnableSequence.from([{ context: retriever.pipe(formatDocs), question }, prompt, model])`:
   * the first step's map fills the template's variables, a retriever's documents among them.
   */
  sequenceInputs(call: ts.CallExpression, templates: TemplateVariables): PromptFlow[] {
    if (templates.size === 0 || !ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== "from") return [];
    const steps = call.arguments[0];
    const map = steps && ts.isArrayLiteralExpression(steps) ? steps.elements[0] : undefined;
    if (!map || !ts.isObjectLiteralExpression(map)) return [];
    const isSequence = this.taint.evaluator.evaluate(call.expression.expression).refs.some((r) => this.catalogue.promptBuilders.sequences.some((s) => s.modules.includes(r.module) && s.exportName === r.exportName));
    if (!isSequence) return [];
    const flows: PromptFlow[] = [];
    for (const property of map.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const variable = templates.get(propertyNameText(property.name) ?? "");
      if (!variable) continue;
      const value = property.initializer;
      // `retriever.pipe(format)` or the retriever itself: its documents fill the variable.
      const retriever = ts.isCallExpression(value) && ts.isPropertyAccessExpression(value.expression) && value.expression.name.text === "pipe" ? value.expression.expression : value;
      if (!this.taint.evaluator.evaluate(retriever).kinds.some((k) => this.catalogue.promptBuilders.retrieverKinds.includes(k.kind) && k.path.length === 0)) {
        flows.push(...this.taintedFlows(value, variable.role, "prompt template", variable.labeled));
        continue;
      }
      const file = value.getSourceFile();
      const source: SourceOrigin = { kind: "source", category: "retrieved", label: calleeText(retriever).length <= 40 ? calleeText(retriever) : "retriever", file: file.fileName, start: retriever.getStart(file), end: retriever.getEnd() };
      const steps: Step[] = [
        { file: file.fileName, start: source.start, end: source.end, message: "documents a retriever returns" },
        { file: file.fileName, start: value.getStart(file), end: value.getEnd(), message: `enters the prompt (${variable.role} role)` },
      ];
      flows.push({ category: "retrieved", role: variable.role, labeled: variable.labeled, node: value, sinkLabel: "prompt template", source, steps });
    }
    return flows;
  }

  /**
   * `ConversationalRetrievalQAChain.fromLLM(llm, retriever, { qaTemplate })`: the chain puts the
   * retriever's documents in the template's `{context}` itself.
   */
  retrievalChainTemplates(call: ts.CallExpression): PromptFlow[] {
    if (!ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== "fromLLM") return [];
    const [, retriever, options] = call.arguments;
    if (!retriever || !options || !ts.isObjectLiteralExpression(options)) return [];
    const owner = this.taint.evaluator.evaluate(call.expression.expression).refs.map(normalizeRef);
    const chain = this.catalogue.promptBuilders.retrievalChains.find((c) => owner.some((r) => c.modules.includes(r.module) && r.exportName === c.exportName));
    if (!chain) return [];
    const flows: PromptFlow[] = [];
    for (const path of chain.templateOptions) {
      const value = optionAt(options, path.split("."));
      if (!value) continue;
      const text = this.templateText(value, 0);
      const variables = new Map<string, TemplateVariable>();
      if (text !== undefined) {
        const match = /\{context\}/.exec(text);
        if (match) variables.set("context", { role: "user", labeled: delimited(text.slice(0, match.index), text.slice(match.index + match[0].length)), node: value });
      } else mergeVariables(variables, this.receiverVariables(value));
      const variable = variables.get("context");
      if (!variable) continue;
      const file = call.getSourceFile();
      const source: SourceOrigin = { kind: "source", category: "retrieved", label: calleeText(retriever).length <= 40 ? calleeText(retriever) : "retriever", file: file.fileName, start: retriever.getStart(file), end: retriever.getEnd() };
      const steps: Step[] = [
        { file: file.fileName, start: source.start, end: source.end, message: "documents the chain's retriever returns" },
        { file: file.fileName, start: value.getStart(file), end: value.getEnd(), message: `fill {context} (${variable.role} role)` },
      ];
      flows.push({ category: "retrieved", role: variable.role, labeled: variable.labeled, node: value, sinkLabel: `${chain.exportName} template`, source, steps });
    }
    return flows;
  }

  /** `chain.invoke({ context: docs })` where `context` is a variable of a template in this file. */
  invocations(call: ts.CallExpression, templates: TemplateVariables): PromptFlow[] {
    if (!ts.isPropertyAccessExpression(call.expression) || !templateMethods.has(call.expression.name.text)) return [];
    const arg = call.arguments[0];
    if (!arg || !ts.isObjectLiteralExpression(arg)) return [];
    // The template the receiver is, when it can be found (also in another module); else this file's templates.
    const own = this.receiverVariables(call.expression.expression);
    const known = own ?? templates;
    if (known.size === 0) return [];
    const flows: PromptFlow[] = [];
    for (const property of arg.properties) {
      if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
      const variable = known.get(propertyNameText(property.name) ?? "");
      if (!variable) continue;
      const value = ts.isPropertyAssignment(property) ? property.initializer : property.name;
      // LangChain writes what fills a variable out as text: documents and objects too.
      flows.push(...this.taintedFlows(value, variable.role, "prompt template", variable.labeled, true));
    }
    return flows;
  }
}

/** Adds variables, the riskiest use winning: system over user, unlabeled over labeled. */
function mergeVariables(into: Map<string, TemplateVariable>, from: ReadonlyMap<string, TemplateVariable> | undefined): void {
  for (const [name, entry] of from ?? []) {
    const existing = into.get(name);
    if (!existing || (entry.role === "system" && existing.role !== "system") || (!entry.labeled && existing.labeled)) into.set(name, entry);
  }
}

/** The value at a dotted path of an options object written in place: `qaChainOptions.prompt`. */
function optionAt(options: ts.ObjectLiteralExpression, path: readonly string[]): ts.Expression | undefined {
  const [first, ...rest] = path;
  const property = options.properties.find((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && propertyNameText(p.name) === first);
  const value = property && (ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : undefined);
  if (!value || rest.length === 0) return value;
  return ts.isObjectLiteralExpression(value) ? optionAt(value, rest) : undefined;
}
