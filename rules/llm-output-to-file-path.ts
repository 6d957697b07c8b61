import { defineRule } from "../server/engine/rule";
import { flowMessage, flowVisitor } from "./shared/taint-rule";

export default defineRule({
  meta: {
    id: "llm-output-to-file-path",
    family: "llm",
    defaultSeverity: "warn",
    owasp: "LLM05:2025",
    cwe: [22],
    securitySeverity: 7.1,
    description: "Model-chosen file path: model output used as the path of an fs read, write, delete or rename.",
    rationale:
      "A path the model writes can be `../../.env`, `/etc/passwd` or `~/.ssh/authorized_keys`. Reading through it leaks files into the conversation; writing or deleting through it changes the host. `path.basename`, and a `path.resolve(root, p)` checked with `startsWith(root)` before use, confine it.",
    remediation:
      "Resolve the path against a fixed root and refuse anything outside it (`const p = path.resolve(ROOT, name); if (!p.startsWith(ROOT + path.sep)) throw …`), or map the model's choice to a fixed list of files.",
    fix: "none",
    messages: { flow: flowMessage },
  },
  create: (context) => flowVisitor(context, "path", ": a prompt can point it at any file. Confine it to a directory first."),
});
