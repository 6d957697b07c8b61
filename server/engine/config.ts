import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import type { SeveritySetting } from "./rule";

export const configFileName = "llmsec.config.json";

export interface LlmsecConfig {
  /** Directory the config's relative paths and ignore patterns are resolved against. */
  readonly root: string;
  /** The file it came from; undefined when no config file was found. */
  readonly file: string | undefined;
  readonly rules: ReadonlyMap<string, SeveritySetting>;
  readonly ignore: readonly string[];
  /** A team's own functions that return model output (see `sources` in the docs). */
  readonly sources: readonly ConfiguredSource[];
  /** Names of project functions that wrap retrieved text in labeled delimiters (for `rag-unlabeled-context`). */
  readonly labelers: readonly string[];
}

export interface ConfiguredSource {
  /** A package name, or a path relative to the config file (`./src/lib/llm`, resolved to a file). */
  readonly module: string;
  /** The exported function whose result is model output. */
  readonly exportName: string;
  /** `text` (the default) or `data` for structured model output; `retrieved` for retrieved content (the `rag-…` rules). */
  readonly returns: "text" | "data" | "retrieved";
}

export class ConfigError extends Error {
  constructor(readonly file: string, readonly key: string | undefined, detail: string) {
    super(`${file}: ${key ? `"${key}": ` : ""}${detail}`);
  }
}

const severitySettings: readonly SeveritySetting[] = ["off", "warn", "error"];
const topLevelKeys = ["$schema", "rules", "ignore", "sources", "labelers"] as const;

/** Looks for `llmsec.config.json` in `startDir` and its parents, stopping at a repository root. */
export function findConfigFile(startDir: string): string | undefined {
  for (let dir = path.resolve(startDir); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, configFileName);
    if (fs.existsSync(candidate)) return candidate;
    if (fs.existsSync(path.join(dir, ".git")) || path.dirname(dir) === dir) return undefined;
  }
}

export function defaultConfig(root: string): LlmsecConfig {
  return { root, file: undefined, rules: new Map(), ignore: [], sources: [], labelers: [] };
}

/**
 * Reads and validates a config file. It is parsed as JSON (comments allowed), never
 * evaluated; any problem is a `ConfigError` naming the file and the offending key.
 */
export function loadConfig(file: string, knownRuleIds: ReadonlySet<string>): LlmsecConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(file, undefined, `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  return parseConfig(file, text, knownRuleIds);
}

export function parseConfig(file: string, text: string, knownRuleIds: ReadonlySet<string>): LlmsecConfig {
  const json = ts.parseJsonText(file, text);
  const syntaxError = (json as ts.JsonSourceFile & { parseDiagnostics?: readonly ts.DiagnosticWithLocation[] }).parseDiagnostics?.[0];
  if (syntaxError) {
    const { line, character } = json.getLineAndCharacterOfPosition(syntaxError.start);
    throw new ConfigError(file, undefined, `invalid JSON at ${line + 1}:${character + 1}: ${ts.flattenDiagnosticMessageText(syntaxError.messageText, " ")}`);
  }
  const value: unknown = ts.convertToObject(json, []);
  if (!isPlainObject(value)) throw new ConfigError(file, undefined, "must be a JSON object");

  for (const key of Object.keys(value)) {
    if (!(topLevelKeys as readonly string[]).includes(key)) {
      throw new ConfigError(file, key, `unknown key${suggest(key, topLevelKeys)}; allowed keys are ${topLevelKeys.filter((k) => k !== "$schema").join(", ")}`);
    }
  }

  const rules = new Map<string, SeveritySetting>();
  if (value.rules !== undefined) {
    if (!isPlainObject(value.rules)) throw new ConfigError(file, "rules", "must be an object mapping rule ids to \"off\", \"warn\" or \"error\"");
    for (const [id, setting] of Object.entries(value.rules)) {
      if (!knownRuleIds.has(id)) throw new ConfigError(file, `rules.${id}`, `unknown rule id${suggest(id, [...knownRuleIds])}; run \`llmsec rules\` for the list`);
      if (typeof setting !== "string" || !(severitySettings as readonly string[]).includes(setting)) {
        throw new ConfigError(file, `rules.${id}`, `must be "off", "warn" or "error", not ${JSON.stringify(setting)}`);
      }
      rules.set(id, setting as SeveritySetting);
    }
  }

  let ignore: string[] = [];
  if (value.ignore !== undefined) {
    if (!Array.isArray(value.ignore) || value.ignore.some((p) => typeof p !== "string" || p.trim() === "")) {
      throw new ConfigError(file, "ignore", "must be an array of non-empty glob strings");
    }
    ignore = value.ignore as string[];
  }

  const sources = parseSources(file, value.sources, path.dirname(path.resolve(file)));
  let labelers: string[] = [];
  if (value.labelers !== undefined) {
    if (!Array.isArray(value.labelers) || value.labelers.some((l) => typeof l !== "string" || !/^[A-Za-z_$][\w$]*$/.test(l))) {
      throw new ConfigError(file, "labelers", "must be an array of function names");
    }
    labelers = value.labelers as string[];
  }
  return { root: path.dirname(path.resolve(file)), file: path.resolve(file), rules, ignore, sources, labelers };
}

function parseSources(file: string, value: unknown, root: string): ConfiguredSource[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ConfigError(file, "sources", 'must be an array of { "module", "export", "returns"? } objects');
  return value.map((entry, index) => {
    const key = `sources[${index}]`;
    if (!isPlainObject(entry)) throw new ConfigError(file, key, 'must be an object with "module" and "export"');
    for (const k of Object.keys(entry)) if (!["module", "export", "returns"].includes(k)) throw new ConfigError(file, `${key}.${k}`, 'unknown key; allowed keys are module, export, returns');
    if (typeof entry.module !== "string" || entry.module === "") throw new ConfigError(file, `${key}.module`, "must be a package name or a path relative to the config file");
    if (typeof entry.export !== "string" || entry.export === "") throw new ConfigError(file, `${key}.export`, "must name the exported function");
    if (entry.returns !== undefined && entry.returns !== "text" && entry.returns !== "data" && entry.returns !== "retrieved") throw new ConfigError(file, `${key}.returns`, 'must be "text", "data" or "retrieved"');
    const module = entry.module.startsWith(".") ? resolveModuleFile(path.resolve(root, entry.module)) : entry.module;
    return { module, exportName: entry.export, returns: (entry.returns as ConfiguredSource["returns"] | undefined) ?? "text" };
  });
}

/** `./src/lib/llm` names `./src/lib/llm.ts` (or another extension, or an index file). */
function resolveModuleFile(base: string): string {
  const extensions = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
  for (const candidate of [base, ...extensions.map((e) => base + e), ...extensions.map((e) => path.join(base, `index${e}`))]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return base;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** ` (did you mean "x"?)` for a near miss, or nothing. */
function suggest(word: string, candidates: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ? ` (did you mean "${best}"?)` : "";
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
