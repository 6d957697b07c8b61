import { defineRule } from "../server/engine/rule";
import { flowMessage, flowVisitor } from "./shared/taint-rule";

export default defineRule({
  meta: {
    id: "llm-output-to-shell",
    family: "llm",
    defaultSeverity: "error",
    owasp: "LLM05:2025",
    cwe: [78, 88],
    securitySeverity: 9.5,
    description: "Model output in a shell command (child_process exec, spawn with a shell, execa, zx), or as an argument a program reads as an option.",
    rationale:
      "A shell parses its command line: `;`, `&&`, `$( )` and backticks in model output start new commands. A prompt injection then runs arbitrary programs on the host. Reported for `exec`/`execSync`, `spawn`/`execFile` with `shell: true` or a shell binary with `-c`, a model-chosen program name, `execa` with `shell`, `execaCommand`, and a model-chosen command word in zx/execa `$` templates. Without a shell, a program that parses options (`rg`, `git`, `find`, `tar`, `ssh`, `curl`…) still reads a model-chosen argument that starts with `-` as an option, and many options run programs (`rg --pre=/bin/sh`, `git --upload-pack=…`, `find -exec`): argument injection, CWE-88.",
    remediation:
      "Run a fixed program with `execFile`/`spawn` and no shell, passing model-chosen values as separate arguments after `--` (and refusing values that start with `-`); better, map the model's choice onto an allow-list of commands (`const COMMANDS = { status: [\"git\", \"status\"] }`) and never pass its text through.",
    fix: "none",
    messages: { flow: flowMessage },
  },
  create: (context) =>
    flowVisitor(context, "shell", {
      shell: ": a prompt can run any command here. Use execFile with a fixed program and an allow-list.",
      option: ": a value starting with '-' becomes an option, and some run programs. Put '--' before it, or refuse a leading '-'.",
    }),
});
