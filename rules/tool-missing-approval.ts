import ts from "typescript";
import { defineRule, type Fix } from "../server/engine/rule";
import { capabilityText, destructiveCapabilities } from "../server/engine/tools/inventory";

export default defineRule({
  meta: {
    id: "tool-missing-approval",
    family: "tool",
    defaultSeverity: "warn",
    owasp: "LLM06:2025",
    cwe: [862],
    securitySeverity: 6.5,
    description: "Destructive agent tool (shell, code, SQL, file writes, outbound messages) that runs without human approval.",
    rationale:
      "Even with constrained parameters, a tool that changes the world acts on the model's decision alone. A prompt injection, a confused model or a loop can delete files, change data or send messages before anyone looks. Approval can be `needsApproval` (Vercel AI SDK, OpenAI Agents), an explicit confirmation step in the handler, or MCP elicitation.",
    remediation:
      "Require a human's approval for destructive tools: `needsApproval: true` in the tool definition, a confirmation step before acting, or MCP elicitation; or split the tool into a read-only part the agent may use freely.",
    fix: "suggestion",
    messages: {
      missingApproval: "Tool '{{tool}}' can {{capabilities}} and runs without human approval. Add needsApproval or a confirmation step.",
    },
  },
  create(context) {
    return {
      "SourceFile:exit"(sourceFile) {
        for (const tool of context.tools.toolsIn(sourceFile)) {
          const destructive = tool.capabilities.filter((c) => destructiveCapabilities.has(c.kind));
          if (destructive.length === 0 || tool.approval) continue;
          const fix = tool.approvalOptions ? approvalFix(sourceFile, tool.approvalOptions) : undefined;
          context.report({
            start: tool.start,
            end: tool.end,
            messageId: "missingApproval",
            data: { tool: tool.name, capabilities: [...new Set(destructive.map((c) => capabilityText[c.kind]))].join(", ") },
            related: destructive.map((c) => ({ file: c.node.getSourceFile().fileName, start: c.node.getStart(), end: c.node.getEnd(), message: `${capabilityText[c.kind]}: ${c.label}` })),
            ...(fix ? { fix } : {}),
          });
        }
      },
    };
  },
});

/** Inserts `needsApproval: true,` as the options object's first property, on its own line when the object spans lines. */
function approvalFix(sourceFile: ts.SourceFile, options: ts.ObjectLiteralExpression): Fix {
  const text = sourceFile.text;
  const first = options.properties[0];
  const open = options.getStart(sourceFile) + 1;
  const description = "Require human approval before the tool runs (needsApproval: true)";
  if (first && text.slice(open, first.getStart(sourceFile)).includes("\n")) {
    const lineStart = text.lastIndexOf("\n", first.getStart(sourceFile)) + 1;
    const indent = text.slice(lineStart, first.getStart(sourceFile));
    return { safety: "suggestion", description, edits: [{ start: lineStart, end: lineStart, newText: `${indent}needsApproval: true,\n` }] };
  }
  return { safety: "suggestion", description, edits: [{ start: open, end: open, newText: " needsApproval: true," }] };
}
