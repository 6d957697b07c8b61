import { allRules } from "../../rules";
import { engineRuleMetas } from "./engine-rules";
import type { LlmsecConfig } from "./config";
import type { ActiveRule } from "./linter";
import type { RuleMeta, Severity } from "./rule";

/** Metadata of every rule and engine diagnostic, for docs, `llmsec rules`, SARIF and config validation. */
export const allRuleMetas: readonly RuleMeta[] = [...allRules.map((r) => r.meta), ...engineRuleMetas];
export const knownRuleIds: ReadonlySet<string> = new Set(allRuleMetas.map((m) => m.id));

export function severityFor(meta: RuleMeta, config: LlmsecConfig): Severity | "off" {
  return config.rules.get(meta.id) ?? meta.defaultSeverity;
}

/** The rules a config turns on, each with its effective severity. */
export function activeRules(config: LlmsecConfig): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of allRules) {
    const severity = severityFor(rule.meta, config);
    if (severity !== "off") active.push({ rule, severity });
  }
  return active;
}

export function ruleMeta(id: string): RuleMeta | undefined {
  return allRuleMetas.find((m) => m.id === id);
}
