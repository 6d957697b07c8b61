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
    private readonly taintedFlows: (value: ts.Expression, role: "system" | "user", sinkLabel: string, labeledByTemplate?: boolean) => PromptFlow[],
  ) {}

  /**
   * Variables of the prompt templates a file builds (`ChatPromptTemplate.fromMessages([["system",
   * "…{context}…"]])`): for each, its role and whether the template's text labels it.
   */
  variables(sourceFile: ts.SourceFile): TemplateVariables {
    const variables = new Map<string, TemplateVariable>();
    if (!/PromptTemplate/.test(sourceFile.text)) return variables;
    const record = (text: string, role: "system" | "user", node: ts.Node): void => {
      for (const match of text.matchAll(/\{(\w+)\}/g)) {
        const name = match[1] ?? "";
        const before = text.slice(0, match.index);
        const after = text.slice((match.index ?? 0) + match[0].length);
        const entry = { role, labeled: delimited(before, after), node };
        const existing = variables.get(name);
        // The riskiest use wins: system over user, unlabeled over labeled.
        if (!existing || (entry.role === "system" && existing.role !== "system") || (!entry.labeled && existing.labeled)) variables.set(name, entry);
      }
    };
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ["fromMessages", "fromTemplate"].includes(node.expression.name.text)) {
        const owner = this.taint.evaluator.evaluate(node.expression.expression).refs.map(normalizeRef);
        const isTemplate = owner.some((r) => this.catalogue.promptBuilders.templates.some((t) => (t.modules as readonly string[]).includes(r.module) && t.exportName === r.exportName));
        const arg = node.arguments[0];
        if (isTemplate && arg) {
          if (ts.isStringLiteralLike(arg)) record(arg.text, "user", arg);
          else if (ts.isArrayLiteralExpression(arg)) {
            for (const element of arg.elements) {
              if (ts.isArrayLiteralExpression(element) && element.elements.length === 2) {
                const [roleNode, textNode] = element.elements;
                const role = roleNode && ts.isStringLiteralLike(roleNode) && systemRoles.has(roleNode.text) ? "system" : "user";
                if (textNode && ts.isStringLiteralLike(textNode)) record(textNode.text, role, textNode);
              }
            }
          }
        }
      }
      // LlamaIndex: `new PromptTemplate({ template: "Context: {context}" })`.
      if (ts.isNewExpression(node) && node.arguments?.[0] && ts.isObjectLiteralExpression(node.arguments[0])) {
        const owner = this.taint.evaluator.evaluate(node.expression).refs.map(normalizeRef);
        const isTemplate = owner.some((r) => this.catalogue.promptBuilders.templateClasses.some((t) => t.modules.includes(r.module) && t.exportName === r.exportName));
        const template = node.arguments[0].properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyNameText(p.name) === "template");
        const text = template && (ts.isStringLiteralLike(template.initializer) ? template.initializer.text : undefined);
        if (isTemplate && template && text !== undefined) record(text, "user", template.initializer);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    return variables;
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

  /** `chain.invoke({ context: docs })` where `context` is a variable of a template in this file. */
  invocations(call: ts.CallExpression, templates: TemplateVariables): PromptFlow[] {
    if (templates.size === 0 || !ts.isPropertyAccessExpression(call.expression) || !templateMethods.has(call.expression.name.text)) return [];
    const arg = call.arguments[0];
    if (!arg || !ts.isObjectLiteralExpression(arg)) return [];
    const flows: PromptFlow[] = [];
    for (const property of arg.properties) {
      if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
      const variable = templates.get(propertyNameText(property.name) ?? "");
      if (!variable) continue;
      const value = ts.isPropertyAssignment(property) ? property.initializer : property.name;
      flows.push(...this.taintedFlows(value, variable.role, "prompt template", variable.labeled));
    }
    return flows;
  }
}
