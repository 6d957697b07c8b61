import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { isCodeFile } from "./files";
import { forgetWorkspacePackages, packageEntryCandidates, splitPackageSpecifier, workspacePackageDirectory } from "./workspace-packages";

/**
 * Import specifiers resolved to project files, without node_modules: relative paths, and the
 * `paths` aliases of the nearest tsconfig.json or jsconfig.json (`@/lib/llm` → `src/lib/llm.ts`),
 * read as JSON (never executed) with relative `extends` followed. Packages are not resolved:
 * the analysis recognizes them by name.
 */
export function resolveModule(specifier: string, containingFile: string): ts.ResolvedModuleFull | undefined {
  if (specifier.startsWith("./") || specifier.startsWith("../")) return resolvePath(path.resolve(path.dirname(containingFile), specifier));
  for (const target of aliasTargets(specifier, path.dirname(containingFile))) {
    const resolved = resolvePath(target);
    if (resolved) return resolved;
  }
  for (const target of conventionalAliasTargets(specifier, path.dirname(containingFile))) {
    const resolved = resolvePath(target);
    if (resolved) return resolved;
  }
  return undefined;
}

/**
 * A bare specifier naming a package of the project's own workspace (`@acme/utils`), resolved to
 * that package's source; `keepExternal` names packages to leave to the catalogue (an SDK whose
 * own monorepo is being analyzed is still that SDK to its importers).
 */
export function resolveWorkspaceModule(specifier: string, containingFile: string, keepExternal: (packageName: string) => boolean): ts.ResolvedModuleFull | undefined {
  const parts = splitPackageSpecifier(specifier);
  if (!parts || keepExternal(parts.name)) return undefined;
  const directory = workspacePackageDirectory(parts.name, path.dirname(containingFile));
  // A package importing its own name is left alone: it would be the package's published build.
  if (!directory || containingFile.startsWith(directory + path.sep)) return undefined;
  for (const candidate of packageEntryCandidates(directory, parts.subpath)) {
    const resolved = resolvePath(candidate);
    if (resolved) return resolved;
  }
  return undefined;
}

/**
 * `@/x` and `~/x` name no package (a scope needs a name): they are the `src/` alias that Vite,
 * Umi, Nuxt and Next set up in their own config, or in a generated tsconfig a checkout lacks;
 * `$lib/x` is SvelteKit's `src/lib/x`.
 * Tried below the nearest project root only when no `paths` entry resolves them.
 */
function conventionalAliasTargets(specifier: string, directory: string): string[] {
  // SvelteKit's `$lib` is `src/lib`, set up in the tsconfig it generates under `.svelte-kit/`.
  const svelteLib = specifier === "$lib" || specifier.startsWith("$lib/");
  if (specifier.startsWith("$") && !svelteLib) {
    // …and the app's own `kit.alias` entries (`$misc: "src/misc"`), read from svelte.config.js as data.
    const root = projectRootOf(directory);
    const alias = root ? svelteKitAliases(root).find(([name]) => specifier === name || specifier.startsWith(`${name}/`)) : undefined;
    return root && alias ? [path.join(root, alias[1], specifier.slice(alias[0].length + 1))] : [];
  }
  if (!specifier.startsWith("@/") && !specifier.startsWith("~/") && !svelteLib) return [];
  const root = projectRootOf(directory);
  if (!root) return [];
  if (svelteLib) return [path.join(root, "src", "lib", specifier.slice(5))];
  const rest = specifier.slice(2);
  return [path.join(root, "src", rest), path.join(root, rest)];
}

const svelteKitAliasesByRoot = new Map<string, readonly (readonly [string, string])[]>();

/**
 * The `alias` entries of a SvelteKit project's `svelte.config.js` whose targets are string literals:
 * the file is parsed, never run.
 */
function svelteKitAliases(root: string): readonly (readonly [string, string])[] {
  const cached = svelteKitAliasesByRoot.get(root);
  if (cached) return cached;
  const found: (readonly [string, string])[] = [];
  const config = ["svelte.config.js", "svelte.config.mjs", "svelte.config.ts"].map((name) => path.join(root, name)).find(isFile);
  let text: string | undefined;
  try {
    text = config ? fs.readFileSync(config, "utf8") : undefined;
  } catch {
    text = undefined;
  }
  if (config && text !== undefined && text.length < 200_000) {
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && node.name.text === "alias" && ts.isObjectLiteralExpression(node.initializer)) {
        for (const entry of node.initializer.properties) {
          if (!ts.isPropertyAssignment(entry) || !ts.isStringLiteralLike(entry.initializer)) continue;
          const name = ts.isIdentifier(entry.name) || ts.isStringLiteralLike(entry.name) ? entry.name.text : undefined;
          if (name?.startsWith("$")) found.push([name.replace(/\/\*$/, ""), entry.initializer.text.replace(/^\.\//, "").replace(/\/\*$/, "")]);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(config, text, ts.ScriptTarget.Latest, false));
  }
  svelteKitAliasesByRoot.set(root, found);
  return found;
}

const projectRoots = new Map<string, string | undefined>();

function projectRootOf(directory: string): string | undefined {
  if (projectRoots.has(directory)) return projectRoots.get(directory);
  let root: string | undefined;
  if (["package.json", "tsconfig.json", "jsconfig.json"].some((name) => isFile(path.join(directory, name)))) root = directory;
  else if (path.dirname(directory) !== directory && path.basename(directory) !== "node_modules") root = projectRootOf(path.dirname(directory));
  projectRoots.set(directory, root);
  return root;
}

const resolutionExtensions = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];

function resolvePath(base: string): ts.ResolvedModuleFull | undefined {
  // `./x.js` in TypeScript source names `./x.ts`.
  const stem = /\.[cm]?jsx?$/.test(base) ? base.replace(/\.[cm]?jsx?$/, "") : base;
  const candidates = [base, ...resolutionExtensions.map((ext) => stem + ext), ...resolutionExtensions.map((ext) => path.join(base, `index${ext}`))];
  for (const candidate of candidates) {
    if (isCodeFile(candidate) && isFile(candidate)) return { resolvedFileName: candidate, extension: extensionOf(candidate), isExternalLibraryImport: false };
  }
  return undefined;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function extensionOf(file: string): ts.Extension {
  const known: Record<string, ts.Extension> = {
    ".ts": ts.Extension.Ts, ".tsx": ts.Extension.Tsx, ".mts": ts.Extension.Mts, ".cts": ts.Extension.Cts,
    ".js": ts.Extension.Js, ".jsx": ts.Extension.Jsx, ".mjs": ts.Extension.Mjs, ".cjs": ts.Extension.Cjs,
    ".vue": ts.Extension.Tsx, ".svelte": ts.Extension.Tsx,
  };
  return known[path.extname(file)] ?? ts.Extension.Ts;
}

// ── tsconfig `paths` ─────────────────────────────────────────────────────────────────────

interface Alias {
  readonly prefix: string;
  readonly suffix: string;
  readonly wildcard: boolean;
  /** Absolute paths, `*` where the matched text goes. */
  readonly targets: readonly string[];
}

const aliasesByDirectory = new Map<string, readonly Alias[]>();

/** Candidate files for an aliased specifier, the most specific pattern first (as TypeScript picks). */
function aliasTargets(specifier: string, directory: string): string[] {
  // Equally specific patterns (`@/*` of an electron-vite app's main and renderer configs, both
  // referenced by the root tsconfig) are all tried, in order: the file that exists decides.
  let best: { alias: Alias; matched: string }[] = [];
  for (const alias of aliasesFor(directory)) {
    if (!alias.wildcard) {
      if (specifier === alias.prefix) return [...alias.targets];
      continue;
    }
    if (specifier.length < alias.prefix.length + alias.suffix.length || !specifier.startsWith(alias.prefix) || !specifier.endsWith(alias.suffix)) continue;
    const length = best[0]?.alias.prefix.length ?? -1;
    if (length > alias.prefix.length) continue;
    const match = { alias, matched: specifier.slice(alias.prefix.length, specifier.length - alias.suffix.length) };
    best = length === alias.prefix.length ? [...best, match] : [match];
  }
  return best.flatMap(({ alias, matched }) => alias.targets.map((target) => target.replace("*", matched)));
}

/** The aliases that apply in a directory: those of the nearest tsconfig.json or jsconfig.json. */
function aliasesFor(directory: string): readonly Alias[] {
  const cached = aliasesByDirectory.get(directory);
  if (cached) return cached;
  let aliases: readonly Alias[] = [];
  const config = ["tsconfig.json", "jsconfig.json"].map((name) => path.join(directory, name)).find(isFile);
  if (config) aliases = readAliases(config);
  else if (path.dirname(directory) !== directory && path.basename(directory) !== "node_modules") aliases = aliasesFor(path.dirname(directory));
  aliasesByDirectory.set(directory, aliases);
  return aliases;
}

interface PathsOptions {
  paths?: { readonly value: Record<string, unknown>; readonly configDirectory: string };
  baseUrl?: string;
  jsxImportSource?: string;
}

const jsxSourceByDirectory = new Map<string, string | undefined>();

/** The `jsxImportSource` of the nearest tsconfig.json or jsconfig.json (`"solid-js"`), following `extends`. */
export function jsxImportSourceFor(file: string): string | undefined {
  const directory = path.dirname(file);
  if (jsxSourceByDirectory.has(directory)) return jsxSourceByDirectory.get(directory);
  let source: string | undefined;
  const config = ["tsconfig.json", "jsconfig.json"].map((name) => path.join(directory, name)).find(isFile);
  if (config) source = readPathsOptions(config, 0).jsxImportSource;
  else if (path.dirname(directory) !== directory && path.basename(directory) !== "node_modules") source = jsxImportSourceFor(directory);
  jsxSourceByDirectory.set(directory, source);
  return source;
}

function readAliases(configFile: string, depth = 0): readonly Alias[] {
  // A solution-style config (`"files": []` with `references`, as electron-vite and create-vue write
  // them) keeps its aliases in the configs it references: their union applies.
  const referenced = depth < 2 ? referencedConfigs(configFile).flatMap((file) => readAliases(file, depth + 1)) : [];
  return [...ownAliases(configFile), ...referenced];
}

/** The configs a tsconfig's `references` name (a file, or a directory's tsconfig.json). */
function referencedConfigs(configFile: string): string[] {
  let json: { references?: unknown } | undefined;
  try {
    json = ts.parseConfigFileTextToJson(configFile, fs.readFileSync(configFile, "utf8")).config as typeof json;
  } catch {
    return [];
  }
  if (!Array.isArray(json?.references)) return [];
  const directory = path.dirname(configFile);
  return json.references.flatMap((reference: unknown) => {
    const target = reference && typeof reference === "object" && typeof (reference as { path?: unknown }).path === "string" ? path.resolve(directory, (reference as { path: string }).path) : undefined;
    if (!target) return [];
    const file = target.endsWith(".json") ? target : path.join(target, "tsconfig.json");
    return isFile(file) ? [file] : [];
  });
}

function ownAliases(configFile: string): readonly Alias[] {
  const options = readPathsOptions(configFile, 0);
  // `baseUrl` alone resolves bare specifiers against it (`import { x } from "utils/utils"` with `baseUrl: "src"`),
  // after any `paths` pattern; a package of that name is still found when no such file exists.
  const fromBase: Alias[] = options.baseUrl ? [{ prefix: "", suffix: "", wildcard: true, targets: [path.resolve(options.baseUrl, "*")] }] : [];
  if (!options.paths) return fromBase;
  const base = options.baseUrl ?? options.paths.configDirectory;
  const aliases: Alias[] = [];
  for (const [pattern, targets] of Object.entries(options.paths.value)) {
    if (!Array.isArray(targets)) continue;
    const star = pattern.indexOf("*");
    aliases.push({
      prefix: star < 0 ? pattern : pattern.slice(0, star),
      suffix: star < 0 ? "" : pattern.slice(star + 1),
      wildcard: star >= 0,
      targets: targets.filter((t): t is string => typeof t === "string").map((t) => path.resolve(base, t)),
    });
  }
  // Last: an explicit `*` pattern wins over the plain `baseUrl` lookup.
  return [...aliases, ...fromBase];
}

/** `paths` and `baseUrl` of a config and the configs it extends by relative path; a broken file gives none. */
function readPathsOptions(configFile: string, depth: number): PathsOptions {
  let json: { extends?: unknown; compilerOptions?: { paths?: unknown; baseUrl?: unknown; jsxImportSource?: unknown } } | undefined;
  try {
    json = ts.parseConfigFileTextToJson(configFile, fs.readFileSync(configFile, "utf8")).config as typeof json;
  } catch {
    return {};
  }
  const directory = path.dirname(configFile);
  const parents = (Array.isArray(json?.extends) ? json.extends : [json?.extends]).filter((e): e is string => typeof e === "string" && e.startsWith("."));
  const inherited: PathsOptions = {};
  for (const parent of depth < 5 ? parents : []) {
    const file = path.resolve(directory, parent.endsWith(".json") ? parent : `${parent}.json`);
    if (isFile(file)) Object.assign(inherited, readPathsOptions(file, depth + 1));
  }
  const own = json?.compilerOptions;
  const paths = own?.paths && typeof own.paths === "object" ? { value: own.paths as Record<string, unknown>, configDirectory: directory } : inherited.paths;
  const baseUrl = typeof own?.baseUrl === "string" ? path.resolve(directory, own.baseUrl) : inherited.baseUrl;
  const jsxImportSource = typeof own?.jsxImportSource === "string" ? own.jsxImportSource : inherited.jsxImportSource;
  return { ...(paths ? { paths } : {}), ...(baseUrl ? { baseUrl } : {}), ...(jsxImportSource ? { jsxImportSource } : {}) };
}

/** Forgets what was read of tsconfig/jsconfig files (one changed): the next resolution reads them again. */
export function forgetModuleConfigs(): void {
  aliasesByDirectory.clear();
  jsxSourceByDirectory.clear();
  projectRoots.clear();
  svelteKitAliasesByRoot.clear();
  forgetWorkspacePackages();
}

/** A file whose change can change how imports resolve. */
export function isModuleConfig(file: string): boolean {
  return /^(tsconfig|jsconfig)(\..*)?\.json$/.test(path.basename(file)) || ["package.json", "pnpm-workspace.yaml", "lerna.json"].includes(path.basename(file));
}
