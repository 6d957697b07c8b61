import type ts from "typescript";
import { defineRule, type Fix } from "../server/engine/rule";
import { capabilityText, destructiveCapabilities, type Capability } from "../server/engine/tools/inventory";

/**
 * Capabilities that contradict "read-only": running things and sending data whatever the model
 * passes; raw SQL and file writes only where a model-chosen value reaches them (a query may run on a
 * read-only connection, and a file saved under a name the code fixes, such as a screenshot in the
 * server's output folder, is the tool's result rather than a change the user must confirm).
 */
function changes(capability: Capability): boolean {
  if (!destructiveCapabilities.has(capability.kind)) return false;
  return (capability.kind !== "sql" && capability.kind !== "file-write") || capability.parameters.length > 0;
}

/** What `destructiveHint: false` promises: nothing the model chooses is overwritten, deleted or run. */
function destroys(capability: Capability): boolean {
  return capability.parameters.length > 0 && ["shell", "eval", "page-script", "sql", "file-write"].includes(capability.kind);
}

export default defineRule({
  meta: {
    id: "tool-annotation-mismatch",
    family: "tool",
    defaultSeverity: "error",
    owasp: "LLM06:2025",
    cwe: [451, 862],
    securitySeverity: 7.0,
    description: "Agent tool annotated read-only (`readOnlyHint: true`) or non-destructive (`destructiveHint: false`) whose handler writes, deletes, runs commands or code, or sends data.",
    rationale:
      "MCP clients and agent hosts read a tool's annotations to decide what to confirm: tools that claim to be read-only or non-destructive are often run without asking. A handler that can change files, run a shell or code, execute model-written SQL or send data out under such an annotation runs those effects with no human in the loop, and reviewers who trust the listing are misled.",
    remediation:
      "Make the annotation true: set `readOnlyHint: false` (and `destructiveHint: true` where the tool can overwrite or delete), or move the effect into a separate tool that is annotated as what it is.",
    fix: "suggestion",
    messages: {
      readOnly: "Tool '{{tool}}' is annotated read-only, but it can {{capabilities}}. Clients may run it without asking the user.",
      nonDestructive: "Tool '{{tool}}' is annotated non-destructive, but the model's input can make it {{capabilities}}. Clients may run it without asking the user.",
    },
  },
  create(context) {
    return {
      "SourceFile:exit"(sourceFile) {
        for (const tool of context.tools.toolsIn(sourceFile)) {
          const readOnly = tool.annotations?.readOnly;
          const destructive = tool.annotations?.destructive;
          const claimsReadOnly = readOnly?.claimed === true;
          const found = claimsReadOnly ? tool.capabilities.filter(changes) : destructive?.claimed === false ? tool.capabilities.filter(destroys) : [];
          const claim = claimsReadOnly ? readOnly.node : destructive?.node;
          if (found.length === 0 || !claim || tool.approval) continue;
          const fix = honestAnnotation(sourceFile, claim, claimsReadOnly);
          context.report({
            start: claim.getStart(sourceFile),
            end: claim.getEnd(),
            messageId: claimsReadOnly ? "readOnly" : "nonDestructive",
            data: { tool: tool.name, capabilities: [...new Set(found.map((c) => capabilityText[c.kind]))].join(", ") },
            related: found.map((c) => ({ file: c.node.getSourceFile().fileName, start: c.node.getStart(), end: c.node.getEnd(), message: `${capabilityText[c.kind]}: ${c.label}` })),
            ...(fix ? { fix } : {}),
          });
        }
      },
    };
  },
});

/** `readOnlyHint: true` → `false`, `destructiveHint: false` → `true`, `type: "readOnly"` → `"destructive"`. */
function honestAnnotation(sourceFile: ts.SourceFile, claim: ts.PropertyAssignment, readOnly: boolean): Fix | undefined {
  if (claim.getSourceFile() !== sourceFile) return undefined;
  const value = claim.initializer;
  const text = value.getText(sourceFile);
  const replacement = text === "true" ? "false" : text === "false" ? "true" : `${text[0]}destructive${text[0]}`;
  const description = readOnly ? "Annotate the tool as not read-only, so clients ask before running it" : "Annotate the tool as destructive, so clients ask before running it";
  return { safety: "suggestion", description, edits: [{ start: value.getStart(sourceFile), end: value.getEnd(), newText: replacement }] };
}
