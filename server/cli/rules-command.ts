import type { RulesArgs } from "./args";
import { paletteFor } from "./color";
import type { CliIo } from "./lint-command";
import { docsUrl } from "../engine/docs-url";
import { allRuleMetas } from "../engine/registry";

/** `llmsec rules`: the rule list as a table or JSON. */
export function rulesCommand(args: RulesArgs, io: CliIo): number {
  if (args.format === "json") {
    const rules = allRuleMetas().map((m) => ({
      id: m.id,
      family: m.family,
      severity: m.defaultSeverity,
      owasp: m.owasp ?? null,
      cwe: m.cwe.map((id) => `CWE-${id}`),
      fix: m.fix,
      description: m.description,
      docs: docsUrl(m.id),
    }));
    io.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
    return 0;
  }
  const palette = paletteFor(io.stdout, args.noColor);
  const rows = allRuleMetas().map((m) => [m.id, m.family, m.defaultSeverity, m.owasp ?? "-", m.cwe.map((id) => `CWE-${id}`).join(",") || "-", m.fix, m.description]);
  const header = ["RULE", "FAMILY", "SEVERITY", "OWASP", "CWE", "FIX", "DESCRIPTION"];
  const widths = header.map((h, i) => (i === header.length - 1 ? 0 : Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length))));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join("  ");
  io.stdout.write(`${palette.bold(line(header))}\n${rows.map(line).join("\n")}\n`);
  return 0;
}
