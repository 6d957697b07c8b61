import path from "node:path";
import type { SinkKind } from "../catalogue";
import type { Fix, NodeVisitor, RuleContext } from "../../server/engine/rule";
import type { Flow } from "../../server/engine/taint/flows";
import { lineOf } from "../../server/engine/source";

/** The message every `llm-…` rule uses: source and sink, each with where it is. */
export const flowMessage = "Output of {{source}} ({{sourceAt}}) reaches {{sink}} (line {{sinkLine}}){{advice}}";

/**
 * Visitor shared by the `llm-…` rules: reports each flow of model output into this rule's kind
 * of sink, with every step of the path as a related location and the rule's fix, if any.
 */
export function flowVisitor(context: RuleContext, kind: SinkKind, advice: string | Partial<Record<SinkKind, string>>, fixFor?: (flow: Flow) => Fix | undefined): NodeVisitor {
  // A rule may also report related kinds of sink, each with its own advice.
  const adviceFor = (flowKind: SinkKind): string | undefined => (typeof advice === "string" ? (flowKind === kind ? advice : undefined) : advice[flowKind]);
  return {
    "SourceFile:exit"(sourceFile) {
      for (const flow of context.taint.flowsIn(sourceFile)) {
        const flowAdvice = adviceFor(flow.kind);
        if (flowAdvice === undefined || flow.source.category !== "model") continue;
        const sinkLine = lineOf(sourceFile, flow.sinkNode.getStart(sourceFile));
        const fix = fixFor?.(flow);
        context.report({
          node: flow.sinkNode,
          messageId: "flow",
          data: { source: `'${flow.source.label}'`, sourceAt: locationText(flow.source.file, flow.source.start, sourceFile, context), sink: `'${flow.sinkLabel}'`, sinkLine, advice: flowAdvice },
          flow: flow.steps.map((step) => ({ file: step.file, start: step.start, end: step.end, message: step.message })),
          ...(fix ? { fix } : {}),
        });
      }
    },
  };
}

function locationText(file: string, offset: number, current: import("typescript").SourceFile, context: RuleContext): string {
  if (file === current.fileName) return `line ${lineOf(current, offset)}`;
  const other = context.taint.sourceFileOf(file);
  const line = other ? lineOf(other, offset) : 0;
  return `${path.relative(path.dirname(current.fileName), file).split(path.sep).join("/")}:${line}`;
}
