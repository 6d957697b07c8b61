import ts from "typescript";
import { defineRule, type Fix } from "../server/engine/rule";
import type { PromptFlow } from "../server/engine/taint/prompts";
import { flowSteps, promptFlowData } from "./shared/rag-rule";

export default defineRule({
  meta: {
    id: "prompt-client-message-roles",
    family: "prompt",
    defaultSeverity: "warn",
    owasp: "LLM01:2025",
    cwe: [1427],
    securitySeverity: 6.0,
    description: "A list of messages the client sent passed to the model whole, roles included: any caller can add a system message.",
    rationale:
      "Chat front ends post the conversation as a list of `{ role, content }` messages, and the route hands it to the model. Nothing stops a caller from posting `{ role: \"system\", content: \"…\" }` (or `developer`): it reaches the model with the authority of the app's own instructions. The browser is not the only client of a public route.",
    remediation:
      "Keep only the roles a client may write before the list reaches the model (`messages.filter((m) => m.role === \"user\" || m.role === \"assistant\")`), or parse it with a schema whose `role` is `z.enum([\"user\", \"assistant\"])`, and add your own system prompt on the server.",
    example: {
      flagged: `const { messages } = await req.json();
streamText({ model, system: "You are the Acme assistant.", messages: convertToModelMessages(messages) });`,
      fixed: `const { messages } = await req.json();
const turns = messages.filter((m: { role?: unknown }) => m.role === "user" || m.role === "assistant");
streamText({ model, system: "You are the Acme assistant.", messages: convertToModelMessages(turns) });`,
    },
    fix: "suggestion",
    messages: {
      forwarded: "The messages from {{source}} ({{sourceAt}}) reach {{sink}} with the roles the caller chose: anyone can add a system message. Keep only user and assistant messages.",
    },
  },
  create(context) {
    return {
      "SourceFile:exit"(sourceFile) {
        for (const flow of context.prompts.flowsIn(sourceFile)) {
          if (!flow.forwardedMessages) continue;
          const fix = roleFilterFix(flow, sourceFile);
          context.report({ node: flow.node, messageId: "forwarded", data: promptFlowData(flow, sourceFile, context), flow: flowSteps(flow), ...(fix ? { fix } : {}) });
        }
      },
    };
  },
});

/** Filters the list where it is passed: `messages` → `messages.filter((m) => m.role === "user" || m.role === "assistant")`. */
function roleFilterFix(flow: PromptFlow, sourceFile: ts.SourceFile): Fix | undefined {
  // A converting call (`convertToModelMessages(messages)`) is filtered at its argument.
  const node = ts.isCallExpression(flow.node) && flow.node.arguments.length === 1 ? (flow.node.arguments[0] as ts.Expression) : flow.node;
  if (node.getSourceFile() !== sourceFile || !(ts.isIdentifier(node) || ts.isPropertyAccessExpression(node))) return undefined;
  // Typed files need the parameter's type: the list is often `any` straight from `req.json()`.
  const typed = /\.[cm]?tsx?$/.test(sourceFile.fileName);
  const parameter = typed ? "(m: { role?: unknown })" : "(m)";
  const end = node.getEnd();
  return {
    safety: "suggestion",
    description: "Keep only the user's and the assistant's messages",
    edits: [{ start: end, end, newText: `.filter(${parameter} => m.role === "user" || m.role === "assistant")` }],
  };
}
