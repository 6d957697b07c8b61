import { defineRule } from "../server/engine/rule";
import { providerKeyVisitor } from "./shared/secrets";

export default defineRule({
  meta: {
    id: "secret-llm-provider-key",
    family: "secret",
    defaultSeverity: "error",
    owasp: "LLM02:2025",
    cwe: [798],
    securitySeverity: 8.0,
    description: "AI provider API key (OpenAI, Anthropic, Google, Hugging Face, Groq, xAI, …) hardcoded in source.",
    rationale:
      "A key in source reaches every clone, fork, build artifact and browser bundle. Anyone holding it can run models on your account, read your fine-tunes, files and assistants, and exhaust your quota. Keys are recognized by the formats providers issue (`sk-proj-`, `sk-ant-api03-`, `AIza`, `hf_`, `gsk_`, `xai-`, `r8_`, `pplx-`, …); placeholders such as `sk-...` or `YOUR_API_KEY` are not reported.",
    remediation:
      "Revoke the key in the provider's console first (it is already exposed), then read the new one from the environment or a secret manager, e.g. `new OpenAI({ apiKey: process.env.OPENAI_API_KEY })`.",
    fix: "suggestion",
    messages: {
      hardcodedKey: "Hardcoded {{provider}} {{kind}} '{{masked}}': anyone who can read this code can use it. Revoke it and {{remedy}}.",
    },
  },
  create: (context) => providerKeyVisitor(context, "llm"),
});
