import { defineRule } from "../server/engine/rule";
import { providerKeyVisitor } from "./shared/secrets";

export default defineRule({
  meta: {
    id: "secret-cloud-credential",
    family: "secret",
    defaultSeverity: "error",
    owasp: "LLM02:2025",
    cwe: [798],
    securitySeverity: 8.5,
    description: "Cloud, source-control or payment credential (AWS, GitHub, Stripe live key) hardcoded in an AI app's source.",
    rationale:
      "AI apps often carry infrastructure keys beside model keys: AWS keys for Bedrock, GitHub tokens for coding agents, Stripe keys for billing. These reach further than a model key: an AWS access key or a GitHub token can read and change infrastructure and code. Recognized by their issued formats (`AKIA`/`ASIA`, `ghp_`, `github_pat_`, `sk_live_`, …); documentation examples such as `AKIAIOSFODNN7EXAMPLE` are not reported.",
    remediation:
      "Revoke or rotate the credential now, then load it from the environment, a secret manager, or the platform's role-based credentials (an IAM role instead of access keys).",
    fix: "suggestion",
    messages: {
      hardcodedKey: "Hardcoded {{provider}} {{kind}} '{{masked}}': anyone who can read this code can use it. Revoke it and {{remedy}}.",
    },
  },
  create: (context) => providerKeyVisitor(context, "cloud"),
});
