import type { MarkupContent } from "vscode-languageserver/node";
import { capabilityText, destructiveCapabilities, type ToolInfo } from "../engine/tools/inventory";

/** The capability summary shown when hovering an agent tool's definition. */
export function toolHover(tool: ToolInfo): MarkupContent {
  const lines = [`**Agent tool \`${tool.name}\`** (${tool.sdk})`, ""];
  if (tool.parameters.length > 0) {
    lines.push("| Parameter | Constraint |", "|---|---|");
    for (const p of tool.parameters) lines.push(`| \`${p.name}\` | ${p.constraint}${p.free ? " (free text)" : ""} |`);
    lines.push("");
  }
  // Not "read-only": llmsec knows shells, code, SQL, files, URLs and outbound data, not every effect a handler may have.
  if (tool.capabilities.length === 0) lines.push("Can: no capability found in its handler (shell, code, SQL, files, URLs, outbound data).");
  for (const c of tool.capabilities) {
    const via = c.parameters.length > 0 ? ` — **model-chosen \`${c.parameters.join("`, `")}\` reaches it unconstrained**` : "";
    const line = c.node.getSourceFile().getLineAndCharacterOfPosition(c.node.getStart()).line + 1;
    lines.push(`- Can ${capabilityText[c.kind]}: \`${c.label}\` (line ${line})${via}`);
  }
  const destructive = tool.capabilities.some((c) => destructiveCapabilities.has(c.kind));
  lines.push("", `Approval: ${tool.approval ?? (destructive ? "**none** (destructive tool)" : "none")}`);
  return { kind: "markdown", value: lines.join("\n") };
}

/** The workspace's tool inventory as a Markdown document, for the "Show agent tool inventory" view. */
export function toolInventoryMarkdown(entries: readonly { file: string; tool: ToolInfo }[], displayPath: (file: string) => string): string {
  if (entries.length === 0) return "# Agent tools\n\nNo agent tools found in this workspace.\n";
  const sections = entries.map(({ file, tool }) => {
    const line = tool.node.getSourceFile().getLineAndCharacterOfPosition(tool.start).line + 1;
    return `## \`${tool.name}\`\n\n${displayPath(file)}:${line}\n\n${toolHover(tool).value}`;
  });
  return `# Agent tools (${entries.length})\n\n${sections.join("\n\n---\n\n")}\n`;
}
