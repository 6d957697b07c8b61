import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import type { ToolsArgs } from "./args";
import { paletteFor, type Palette } from "./color";
import { displayPath } from "./formatters/stylish";
import type { CliIo } from "./lint-command";
import { collectTools } from "../engine/run";
import { capabilityText, destructiveCapabilities, type ToolInfo } from "../engine/tools/inventory";

interface ToolEntry {
  readonly file: string;
  readonly tool: ToolInfo;
}

/** A call that reads as a tool definition but gave no tool. */
interface UnresolvedEntry {
  readonly file: string;
  readonly call: ts.CallExpression;
}

function unresolvedText(entry: UnresolvedEntry): string {
  const text = entry.call.getText().replace(/\s+/g, " ");
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** `llmsec tools`: the agent tool inventory, as a table or JSON. */
export function toolsCommand(args: ToolsArgs, io: CliIo): number {
  const result = collectTools({ cwd: io.cwd, paths: args.paths, configFile: args.config, tsconfig: args.project });
  if (result.unmatched.length > 0) {
    for (const pattern of result.unmatched) io.stderr.write(`llmsec: no files match '${pattern}'\n`);
    return 2;
  }
  for (const skipped of result.skipped) io.stderr.write(`llmsec: skipped ${displayPath(skipped.file, io.cwd)}: ${skipped.reason}\n`);
  const text = args.format === "json" ? formatToolsJson(result.tools, io.cwd, result.unresolved) : formatToolsTable(result.tools, io.cwd, paletteFor(io.stdout, args.noColor || args.output !== undefined), result.unresolved);
  if (args.output) {
    const target = path.resolve(io.cwd, args.output);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  } else {
    io.stdout.write(text);
  }
  return 0;
}

function lineOf(node: ts.Node, offset = node.getStart()): { file: string; line: number; column: number } {
  const sourceFile = node.getSourceFile();
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(offset);
  return { file: sourceFile.fileName, line: line + 1, column: character + 1 };
}

function risks(tool: ToolInfo): { unconstrained: boolean; missingApproval: boolean } {
  return {
    unconstrained: !tool.approval && tool.capabilities.some((c) => c.kind !== "secrets" && c.parameters.length > 0),
    missingApproval: !tool.approval && tool.capabilities.some((c) => destructiveCapabilities.has(c.kind)),
  };
}

/** The effect hints the definition declares (`readOnlyHint`, `destructiveHint`), or null. */
function annotationsJson(tool: ToolInfo): { readOnlyHint?: boolean; destructiveHint?: boolean } | null {
  const declared = tool.annotations;
  if (!declared?.readOnly && !declared?.destructive) return null;
  return { ...(declared.readOnly ? { readOnlyHint: declared.readOnly.claimed } : {}), ...(declared.destructive ? { destructiveHint: declared.destructive.claimed } : {}) };
}

export function formatToolsJson(entries: readonly ToolEntry[], cwd: string, unresolved: readonly UnresolvedEntry[] = []): string {
  const tools = entries.map(({ file, tool }) => {
    const at = lineOf(tool.node, tool.start);
    return {
      name: tool.name,
      sdk: tool.sdk,
      file: displayPath(file, cwd),
      line: at.line,
      column: at.column,
      parameters: tool.parameters.map((p) => ({ name: p.name, constraint: p.constraint, free: p.free })),
      capabilities: tool.capabilities.map((c) => {
        const site = lineOf(c.node);
        return { kind: c.kind, description: capabilityText[c.kind], api: c.label, file: displayPath(site.file, cwd), line: site.line, unconstrainedParameters: c.parameters };
      }),
      approval: tool.approval ?? null,
      annotations: annotationsJson(tool),
      risks: risks(tool),
    };
  });
  const notResolved = unresolved.map((entry) => {
    const at = lineOf(entry.call);
    return { file: displayPath(entry.file, cwd), line: at.line, column: at.column, call: unresolvedText(entry) };
  });
  return `${JSON.stringify({ tools, unresolved: notResolved }, null, 2)}\n`;
}

export function formatToolsTable(entries: readonly ToolEntry[], cwd: string, palette: Palette, unresolved: readonly UnresolvedEntry[] = []): string {
  // Silence must not read as safety: calls that look like tool definitions but gave no tool are listed.
  const unresolvedLines = unresolved.length === 0 ? "" : `\n${unresolved.length} tool-like ${unresolved.length === 1 ? "definition" : "definitions"} not resolved (llmsec could not read their name, schema or handler; review them by hand):\n${unresolved.map((entry) => `  ${displayPath(entry.file, cwd)}:${lineOf(entry.call).line}  ${unresolvedText(entry)}`).join("\n")}\n`;
  if (entries.length === 0) return `No agent tools found.\n${unresolvedLines}`;
  const rows = entries.map(({ file, tool }) => {
    const at = lineOf(tool.node, tool.start);
    const risk = risks(tool);
    const parameters = tool.parameters.length === 0 ? "–" : tool.parameters.map((p) => `${p.name}: ${p.constraint}${p.free ? "*" : ""}`).join(", ");
    const capabilities = tool.capabilities.length === 0
      ? "none found"
      : tool.capabilities.map((c) => `${capabilityText[c.kind]} (${c.label})${c.parameters.length > 0 ? ` ← ${c.parameters.join(", ")}` : ""}`).join("; ");
    const approval = tool.approval ?? (risk.missingApproval ? "none !" : "none");
    return { cells: [tool.name, tool.sdk, `${displayPath(file, cwd)}:${at.line}`, parameters, capabilities, approval], risk };
  });
  const header = ["TOOL", "SDK", "LOCATION", "PARAMETERS", "CAPABILITIES", "APPROVAL"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r.cells[i] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join("  ").trimEnd();
  const body = rows.map(({ cells, risk }) => {
    const text = line(cells);
    return risk.unconstrained ? palette.red(text) : risk.missingApproval ? palette.yellow(text) : text;
  });
  const unconstrained = rows.filter((r) => r.risk.unconstrained).length;
  const missing = rows.filter((r) => r.risk.missingApproval).length;
  const summary = `${entries.length} ${entries.length === 1 ? "tool" : "tools"}: ${unconstrained} with a free parameter reaching a capability, ${missing} destructive without approval. (* free text parameter, ← parameters that reach the capability unconstrained)`;
  return `${palette.bold(line(header))}\n${body.join("\n")}\n\n${summary}\n${unresolvedLines}`;
}
