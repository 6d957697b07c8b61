import { defineRule } from "../server/engine/rule";
import { flowMessage, flowVisitor } from "./shared/taint-rule";

export default defineRule({
  meta: {
    id: "llm-output-to-shell",
    family: "llm",
    defaultSeverity: "error",
    owasp: "LLM05:2025",
    cwe: [78],
    securitySeverity: 9.5,
    description: "Model output in a shell command: child_process exec, spawn with a shell, execa, zx.",
    rationale:
      "A shell parses its command line: `;`, `&&`, `$( )` and backticks in model output start new commands. A prompt injection then runs arbitrary programs on the host. Reported for `exec`/`execSync`, `spawn`/`execFile` with `shell: true` or a shell binary with `-c`, a model-chosen program name, `execa` with `shell`, `execaCommand`, and a model-chosen command word in zx/execa `$` templates.",
    remediation:
      "Run a fixed program with `execFile`/`spawn` and no shell, passing model-chosen values as separate arguments; better, map the model's choice onto an allow-list of commands (`const COMMANDS = { status: [\"git\", \"status\"] }`) and never pass its text through.",
    fix: "none",
    messages: { flow: flowMessage },
  },
  create: (context) => flowVisitor(context, "shell", ": a prompt can run any command here. Use execFile with a fixed program and an allow-list."),
});
