import path from "node:path";
import type ts from "typescript";
import type { RuleContext } from "../../server/engine/rule";
import type { PromptFlow } from "../../server/engine/taint/prompts";
import { lineOf } from "../../server/engine/source";

/** Message data shared by the `rag-…` rules: the source, where it enters, and which builder. */
export function promptFlowData(flow: PromptFlow, sourceFile: ts.SourceFile, context: RuleContext): Record<string, string> {
  const sourceAt =
    flow.source.file === sourceFile.fileName
      ? `line ${lineOf(sourceFile, flow.source.start)}`
      : `${path.relative(path.dirname(sourceFile.fileName), flow.source.file).split(path.sep).join("/")}:${((f) => (f ? lineOf(f, flow.source.start) : 1))(context.taint.sourceFileOf(flow.source.file))}`;
  // The value itself when it is short enough to name (`persona`, `body.language`).
  const carrier = flow.span?.expression ?? flow.node;
  const text = carrier.getText(sourceFile);
  const value = /^[\w$.?[\]'"]{1,40}$/.test(text) ? ` '${text}'` : "";
  return { source: `'${flow.source.label}'`, sourceAt, sink: flow.sinkLabel, value };
}

export function flowSteps(flow: PromptFlow): { file: string; start: number; end: number; message: string }[] {
  return flow.steps.map((s) => ({ file: s.file, start: s.start, end: s.end, message: s.message }));
}
