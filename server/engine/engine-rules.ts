import type { RuleMeta } from "./rule";

/**
 * Diagnostics the engine itself raises: about the file or the suppression comments, not
 * about a security risk. They have metadata like any rule so that docs, `llmsec rules`,
 * SARIF and config treat them alike.
 */
export const syntaxErrorMeta: RuleMeta = {
  id: "llmsec-syntax-error",
  family: "llmsec",
  defaultSeverity: "error",
  cwe: [],
  securitySeverity: 0,
  description: "The file has a syntax error, so its analysis may be incomplete.",
  rationale: "llmsec analyzes what the TypeScript parser recovers from a file with syntax errors; findings near the error may be missing.",
  remediation: "Fix the syntax error. Files that are meant not to parse (test data) can be listed under `ignore` in `llmsec.config.json`.",
  fix: "none",
  messages: { syntaxError: "Syntax error: {{message}}" },
};

export const unusedDirectiveMeta: RuleMeta = {
  id: "llmsec-unused-ignore",
  family: "llmsec",
  defaultSeverity: "warn",
  cwe: [],
  securitySeverity: 0,
  description: "An `llmsec-ignore-next-line` comment that suppresses nothing.",
  rationale: "A suppression that no longer matches a finding hides the next finding that appears on that line without anyone deciding it is safe.",
  remediation: "Remove the comment, or the rule ids in it that no longer apply.",
  fix: "safe",
  messages: {
    unused: "Unused suppression of '{{ruleId}}': no such finding on the next line.",
    unknownRule: "Suppression names '{{ruleId}}', which is not an llmsec rule.",
  },
};

export const missingReasonMeta: RuleMeta = {
  id: "llmsec-ignore-without-reason",
  family: "llmsec",
  defaultSeverity: "warn",
  cwe: [],
  securitySeverity: 0,
  description: "An `llmsec-ignore-next-line` comment without a `-- reason`; it suppresses nothing until it has one.",
  rationale: "A security finding is ignored only with a written reason, so that a reviewer can judge the decision later.",
  remediation: "Write why the finding is safe after `--`: `// llmsec-ignore-next-line secret-llm-provider-key -- revoked test key`.",
  fix: "none",
  messages: {
    missingReason: "Suppression needs a reason: `// llmsec-ignore-next-line {{ruleIds}} -- <why this is safe>`.",
    missingRuleId: "Suppression names no rule: `// llmsec-ignore-next-line <rule-id> -- <why this is safe>`.",
  },
};

export const engineRuleMetas: readonly RuleMeta[] = [syntaxErrorMeta, unusedDirectiveMeta, missingReasonMeta];
