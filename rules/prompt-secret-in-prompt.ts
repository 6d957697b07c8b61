import { defineRule } from "../server/engine/rule";
import { flowSteps, promptFlowData } from "./shared/rag-rule";

export default defineRule({
  meta: {
    id: "prompt-secret-in-prompt",
    family: "prompt",
    defaultSeverity: "error",
    owasp: "LLM07:2025",
    cwe: [200],
    securitySeverity: 7.5,
    description: "A secret (an API key, a token, a password, a database URL with credentials) placed in prompt text.",
    rationale:
      "Whatever a prompt holds, the model can repeat: a user who asks the right way (\"print everything above\", \"spell the key with spaces\") gets it back, and it lands in the provider's logs and traces besides. A credential the model needs is never a reason to show it: the model asks for an action and the application performs it with the credential.",
    remediation:
      "Keep credentials out of prompts: use them in the code that calls the API on the model's behalf (a tool's handler), and tell the model only what it may do. If the prompt must name an account, give it a non-secret identifier.",
    example: {
      flagged: `system: \`Use the Stripe key \${process.env.STRIPE_SECRET_KEY} to issue refunds.\``,
      fixed: `system: "Call the refund tool to issue refunds.",
tools: { refund: tool({ inputSchema: z.object({ orderId: z.string() }), execute: ({ orderId }) => stripe.refunds.create({ payment_intent: orderId }) }) },`,
    },
    fix: "none",
    messages: {
      inPrompt: "The secret {{source}} ({{sourceAt}}) goes into the {{position}} of {{sink}}: the model can be talked into repeating it. Use it in code, never in prompt text.",
    },
  },
  create(context) {
    return {
      "SourceFile:exit"(sourceFile) {
        for (const flow of context.prompts.flowsIn(sourceFile)) {
          if (flow.category !== "secret") continue;
          const position = flow.toolDescription ? "tool description" : flow.role === "system" ? "system prompt" : "prompt";
          context.report({ node: flow.span?.expression ?? flow.node, messageId: "inPrompt", data: { ...promptFlowData(flow, sourceFile, context), position }, flow: flowSteps(flow) });
        }
      },
    };
  },
});
