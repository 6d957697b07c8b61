import path from "node:path";
import type ts from "typescript";
import type { RuleContext } from "../../server/engine/rule";
import type { PromptFlow } from "../../server/engine/taint/prompts";

/** Message data shared by the `rag-…` rules: the source, where it enters, and which builder. */
export function promptFlowData(flow: PromptFlow, sourceFile: ts.SourceFile, context: RuleContext): Record<string, string> {
  const sourceAt =
    flow.source.file === sourceFile.fileName
      ? `line ${sourceFile.getLineAndCharacterOfPosition(flow.source.start).line + 1}`
      : `${path.relative(path.dirname(sourceFile.fileName), flow.source.file).split(path.sep).join("/")}:${(context.taint.sourceFileOf(flow.source.file)?.getLineAndCharacterOfPosition(flow.source.start).line ?? 0) + 1}`;
  return { source: `'${flow.source.label}'`, sourceAt, sink: flow.sinkLabel };
}

export function flowSteps(flow: PromptFlow): { file: string; start: number; end: number; message: string }[] {
  return flow.steps.map((s) => ({ file: s.file, start: s.start, end: s.end, message: s.message }));
}
