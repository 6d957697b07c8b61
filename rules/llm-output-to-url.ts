import { defineRule } from "../server/engine/rule";
import { flowMessage, flowVisitor } from "./shared/taint-rule";

export default defineRule({
  meta: {
    id: "llm-output-to-url",
    family: "llm",
    defaultSeverity: "warn",
    owasp: "LLM05:2025",
    cwe: [918],
    securitySeverity: 6.5,
    description: "Model-chosen URL fetched by the server: model output as the URL of fetch, axios, http.get or got (SSRF).",
    rationale:
      "A URL the model writes can target internal services (`http://169.254.169.254/`, `http://localhost:5432/`) or carry data out in its query string. A check of the host against an allow-list, or a prefix check against a fixed base URL, cuts the flow.",
    remediation:
      "Parse the URL and check its protocol and host against an allow-list before fetching (`if (!ALLOWED_HOSTS.includes(new URL(u).hostname)) throw …`), or let the model choose among fixed endpoints.",
    fix: "none",
    messages: { flow: flowMessage },
  },
  create: (context) => flowVisitor(context, "url", ": a prompt can make the server request any address. Check the host against an allow-list."),
});
