import ts from "typescript";
import { defineRule } from "../server/engine/rule";
import { flowMessage, flowVisitor } from "./shared/taint-rule";

export default defineRule({
  meta: {
    id: "llm-output-to-eval",
    family: "llm",
    defaultSeverity: "error",
    owasp: "LLM05:2025",
    cwe: [94, 95],
    securitySeverity: 9.3,
    description: "Model output evaluated as code: eval, Function, string timers, vm, require or import() of model text.",
    rationale:
      "Whoever controls a prompt, a retrieved document or a tool result controls what a model writes. Evaluating that text runs an attacker's JavaScript with the server's (or the user's) full privileges. llmsec follows the model's output through variables, fields, helpers and imports to `eval`, `new Function`, `setTimeout`/`setInterval` with a string, `vm.runIn*Context`/`vm.Script`/`compileFunction`, and `require`/`import()` with a computed specifier.",
    remediation:
      "Never execute model output. If the model returns data, ask for JSON and `JSON.parse` it, then validate it with a schema (zod). If it must compute, give it a tool that evaluates a restricted grammar (a math parser), not JavaScript.",
    fix: "suggestion",
    messages: { flow: flowMessage },
  },
  create: (context) =>
    flowVisitor(context, "eval", ": a prompt can run any code here. Parse data with JSON.parse instead.", (flow) => {
      const call = flow.sinkNode;
      if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || call.expression.text !== "eval") return undefined;
      const sourceFile = call.getSourceFile();
      return {
        safety: "suggestion",
        description: "Parse the model's output as JSON data instead of evaluating it",
        edits: [{ start: call.expression.getStart(sourceFile), end: call.expression.getEnd(), newText: "JSON.parse" }],
      };
    }),
});
