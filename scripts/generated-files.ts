import "../server/ruleset";
import { allRuleMetas } from "../server/engine/registry";
import { docsUrl } from "../server/engine/docs-url";
import type { RuleMeta } from "../server/engine/rule";

/**
 * Files generated from rule metadata, so the docs, the config schema and the code cannot drift:
 * `npm run docs` writes them, and a test fails when one is out of date.
 */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const meta of allRuleMetas()) files.set(`docs/rules/${meta.id}.md`, ruleDoc(meta));
  files.set("docs/rules/README.md", ruleIndex());
  files.set("schema/llmsec.config.schema.json", `${JSON.stringify(configSchema(), null, 2)}\n`);
  return files;
}

function ruleDoc(meta: RuleMeta): string {
  const fixText =
    meta.fix === "safe"
      ? "Safe: `llmsec lint --fix` applies it."
      : meta.fix === "suggestion"
        ? "Suggestion: offered as a quick fix and applied only by `llmsec lint --fix --unsafe-fixes`, because it changes behavior and needs a review."
        : "None: fix by hand as described above.";
  const lines = [
    `# ${meta.id}`,
    "",
    `> ${meta.description}`,
    "",
    "| | |",
    "|---|---|",
    `| Family | \`${meta.family}\` |`,
    `| Default severity | ${meta.defaultSeverity} |`,
    ...(meta.owasp ? [`| OWASP Top 10 for LLM Applications | ${meta.owasp} |`] : []),
    ...(meta.cwe.length > 0 ? [`| CWE | ${meta.cwe.map((id) => `[CWE-${id}](https://cwe.mitre.org/data/definitions/${id}.html)`).join(", ")} |`] : []),
    ...(meta.family === "llmsec" ? [] : [`| Security severity | ${meta.securitySeverity.toFixed(1)} |`]),
    `| Fix | ${meta.fix} |`,
    "",
    "## Why",
    "",
    meta.rationale,
    "",
    "## How to fix",
    "",
    meta.remediation,
    "",
    ...(meta.example ? ["## Example", "", "Reported:", "", "```ts", meta.example.flagged, "```", "", "Written safely:", "", "```ts", meta.example.fixed, "```", ""] : []),
    "## Automatic fix",
    "",
    fixText,
    "",
    "## Messages",
    "",
    ...Object.entries(meta.messages).map(([id, text]) => `- \`${id}\`: ${text}`),
    "",
    "## Configuration",
    "",
    "```json",
    JSON.stringify({ rules: { [meta.id]: "off" } }, null, 2),
    "```",
    "",
    `To accept one finding, put \`// llmsec-ignore-next-line ${meta.id} -- <reason>\` on the line before it.`,
    "",
    "<!-- Generated from the rule's metadata by `npm run docs`; edit the rule, not this file. -->",
    "",
  ];
  return lines.join("\n");
}

function ruleIndex(): string {
  const rows = allRuleMetas().map((m) => `| [\`${m.id}\`](${m.id}.md) | ${m.family} | ${m.defaultSeverity} | ${m.owasp ?? "–"} | ${m.cwe.map((c) => `CWE-${c}`).join(", ") || "–"} | ${m.fix} | ${m.description} |`);
  return [
    "# llmsec rules",
    "",
    "| Rule | Family | Severity | OWASP LLM | CWE | Fix | Description |",
    "|---|---|---|---|---|---|---|",
    ...rows,
    "",
    "<!-- Generated from the rules' metadata by `npm run docs`. -->",
    "",
  ].join("\n");
}

function configSchema(): object {
  const severity = { type: "string", enum: ["off", "warn", "error"] };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://github.com/llmsec/llmsec/blob/main/schema/llmsec.config.schema.json",
    title: "llmsec configuration (llmsec.config.json)",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      rules: {
        description: "Severity per rule id: off, warn or error.",
        type: "object",
        additionalProperties: false,
        properties: Object.fromEntries(allRuleMetas().map((m) => [m.id, { ...severity, description: `${m.description} (default: ${m.defaultSeverity})`, markdownDescription: `${m.description}\n\n[Documentation](${docsUrl(m.id)})` }])),
      },
      ignore: {
        description: "Gitignore-style patterns, relative to this file, of files not to analyze.",
        type: "array",
        items: { type: "string", minLength: 1 },
      },
      labelers: {
        description: "Names of your functions that wrap retrieved text in labeled delimiters, for rag-unlabeled-context.",
        type: "array",
        items: { type: "string", pattern: "^[A-Za-z_$][\\w$]*$" },
      },
      sources: {
        description: "Your own functions whose result is model output (wrappers around an LLM SDK), for the llm-… rules.",
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["module", "export"],
          properties: {
            module: { type: "string", minLength: 1, description: "A package name, or a path relative to this file (./src/lib/llm)." },
            export: { type: "string", minLength: 1, description: "The exported function whose result is model output." },
            returns: { type: "string", enum: ["text", "data", "retrieved"], description: "text (default) or data for model output; retrieved for retrieved content such as documents (the rag-… rules)." },
          },
        },
      },
    },
  };
}

