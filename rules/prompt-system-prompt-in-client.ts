import { defineRule } from "../server/engine/rule";

export default defineRule({
  meta: {
    id: "prompt-system-prompt-in-client",
    family: "prompt",
    defaultSeverity: "warn",
    owasp: "LLM07:2025",
    cwe: [200, 540],
    securitySeverity: 5.0,
    description: "A system prompt written in code that runs in the browser and sent from there: its rules are public, and the request can carry any other.",
    rationale:
      "Code in a `\"use client\"` module or a component ships to every visitor: a system prompt written there is readable in the bundle, and because the browser sends it, anyone can send their own text in its place. Hidden rules (what the assistant must refuse, which data it may discuss) protect nothing when the client supplies them; the server then takes its instructions from the request, which `prompt-request-in-system-prompt` reports on the other side.",
    remediation:
      "Move the system prompt to the server route that calls the model and send only the user's input (and, if needed, the id of a preset the server looks up).",
    example: {
      flagged: `"use client";
await fetch("/api/chat", { method: "POST", body: JSON.stringify({ messages: [{ role: "system", content: "You are Acme's agent. Never offer refunds." }, { role: "user", content: input }] }) });`,
      fixed: `"use client";
await fetch("/api/chat", { method: "POST", body: JSON.stringify({ message: input }) });
// app/api/chat/route.ts keeps the system prompt: { role: "system", content: SUPPORT_PROMPT }`,
    },
    fix: "none",
    messages: {
      inClient: "This system prompt ({{length}} characters) is written in browser code and sent with {{via}}: anyone can read it, and send their own instead. Keep it on the server and send only the user's input.",
    },
  },
  create(context) {
    return {
      "SourceFile:exit"(sourceFile) {
        for (const prompt of context.prompts.clientSystemPrompts(sourceFile)) {
          context.report({ node: prompt.node, messageId: "inClient", data: { length: prompt.length, via: `'${prompt.via}'` } });
        }
      },
    };
  },
});
