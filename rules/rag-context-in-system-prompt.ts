import { defineRule } from "../server/engine/rule";
import { flowSteps, promptFlowData } from "./shared/rag-rule";

export default defineRule({
  meta: {
    id: "rag-context-in-system-prompt",
    family: "rag",
    defaultSeverity: "error",
    owasp: "LLM01:2025",
    cwe: [1427],
    securitySeverity: 7.5,
    description: "Retrieved text placed in the system prompt (system role, system instructions), labeled or not.",
    rationale:
      "Models give the system role the most authority: it is where the application's own rules live. Retrieved documents, pages and tool results are written by others; placed in the system prompt, an injected instruction in them carries the application's authority. Delimiters do not change the role the text is in.",
    remediation:
      "Keep the system prompt for your own instructions and put retrieved text in a user message, labeled as data (`<documents>…</documents>`). Cohere's `documents` field and similar dedicated channels are fine.",
    example: {
      flagged: `{ role: "system", content: \`You are a helpful assistant. Context: \${context}\` }`,
      fixed: `{ role: "system", content: "You are a helpful assistant. Answer from the documents the user message holds." },
{ role: "user", content: \`<documents>\\n\${context}\\n</documents>\\n\${question}\` }`,
    },
    fix: "none",
    messages: {
      inSystem: "Retrieved content from {{source}} ({{sourceAt}}) goes into the system prompt of {{sink}}: injected instructions in it get the system role's authority. Move it to a user message, labeled as data.",
    },
  },
  create(context) {
    return {
      "SourceFile:exit"(sourceFile) {
        for (const flow of context.prompts.flowsIn(sourceFile)) {
          if (flow.category !== "retrieved" || flow.toolDescription || flow.role !== "system") continue;
          context.report({ node: flow.node, messageId: "inSystem", data: promptFlowData(flow, sourceFile, context), flow: flowSteps(flow) });
        }
      },
    };
  },
});
