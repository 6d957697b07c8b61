import type { SeveritySetting } from "../engine/rule";

/** Client settings (`llmsec.*` in VS Code), with the defaults a client that sends none gets. */
export interface ClientSettings {
  readonly enable: boolean;
  /** Analyze as the user types, or only when a file is saved. */
  readonly run: "onType" | "onSave";
  /** Milliseconds to wait after the last keystroke before analyzing. */
  readonly debounceMs: number;
  /** Severity overrides per rule id, on top of llmsec.config.json. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
}

export const defaultSettings: ClientSettings = { enable: true, run: "onType", debounceMs: 200, rules: {} };

/** Reads settings sent by a client, keeping defaults for anything missing or malformed. */
export function normalizeSettings(value: unknown): ClientSettings {
  if (typeof value !== "object" || value === null) return defaultSettings;
  const v = value as Record<string, unknown>;
  const rules: Record<string, SeveritySetting> = {};
  if (typeof v.rules === "object" && v.rules !== null) {
    for (const [id, setting] of Object.entries(v.rules as Record<string, unknown>)) {
      if (setting === "off" || setting === "warn" || setting === "error") rules[id] = setting;
    }
  }
  return {
    enable: typeof v.enable === "boolean" ? v.enable : defaultSettings.enable,
    run: v.run === "onSave" ? "onSave" : "onType",
    debounceMs: typeof v.debounceMs === "number" && v.debounceMs >= 0 && v.debounceMs <= 10_000 ? v.debounceMs : defaultSettings.debounceMs,
    rules,
  };
}
