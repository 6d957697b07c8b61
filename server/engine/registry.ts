import type { Catalogue } from "./catalogue";
import { engineRuleMetas } from "./engine-rules";
import type { LlmsecConfig } from "./config";
import type { ActiveRule } from "./linter";
import type { Rule, RuleMeta, Severity } from "./rule";

/** The rules and the catalogue the engine runs with: given by the host (see server/ruleset.ts), never imported by the engine. */
export interface Ruleset {
  readonly rules: readonly Rule[];
  readonly catalogue: Catalogue;
}

let installed: { readonly ruleset: Ruleset; readonly metas: readonly RuleMeta[]; readonly ids: ReadonlySet<string> } | undefined;

export function installRuleset(ruleset: Ruleset): void {
  const metas = [...ruleset.rules.map((r) => r.meta), ...engineRuleMetas];
  installed = { ruleset, metas, ids: new Set(metas.map((m) => m.id)) };
}

function current(): NonNullable<typeof installed> {
  if (!installed) throw new Error("llmsec: no ruleset installed; a host imports server/ruleset before it lints");
  return installed;
}

export function catalogue(): Catalogue {
  return current().ruleset.catalogue;
}

/** Metadata of every rule and engine diagnostic, for docs, `llmsec rules`, SARIF and config validation. */
export function allRuleMetas(): readonly RuleMeta[] {
  return current().metas;
}

export function knownRuleIds(): ReadonlySet<string> {
  return current().ids;
}

export function severityFor(meta: RuleMeta, config: LlmsecConfig): Severity | "off" {
  return config.rules.get(meta.id) ?? meta.defaultSeverity;
}

/** The rules a config turns on, each with its effective severity. */
export function activeRules(config: LlmsecConfig): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of current().ruleset.rules) {
    const severity = severityFor(rule.meta, config);
    if (severity !== "off") active.push({ rule, severity });
  }
  return active;
}

export function ruleMeta(id: string): RuleMeta | undefined {
  return allRuleMetas().find((m) => m.id === id);
}
