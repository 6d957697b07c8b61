import fs from "node:fs";
import path from "node:path";
import picomatch from "picomatch";
import { parse as parseYaml } from "yaml";

/**
 * Packages of the same workspace, found from their manifests without node_modules: a monorepo's
 * `import { writeFile } from "@acme/utils"` is the source of `packages/utils`, as the package
 * manager would link it. The workspace's package list comes from `pnpm-workspace.yaml`, the root
 * `package.json`'s `workspaces` or `lerna.json`; a checkout without any of them (one package
 * folder and its siblings) falls back to the packages beside the importing one. Manifests are
 * read as data, never executed.
 */

/** `@scope/name/sub/path` → `@scope/name` and `sub/path`. */
export function splitPackageSpecifier(specifier: string): { name: string; subpath: string } | undefined {
  if (specifier.startsWith(".") || specifier.startsWith("/") || specifier.includes(":")) return undefined;
  const parts = specifier.split("/");
  const count = specifier.startsWith("@") ? 2 : 1;
  if (parts.length < count || parts.slice(0, count).some((p) => p === "")) return undefined;
  return { name: parts.slice(0, count).join("/"), subpath: parts.slice(count).join("/") };
}

/** The directory of the workspace package named `name`, seen from a file's directory. */
export function workspacePackageDirectory(name: string, fromDirectory: string): string | undefined {
  return packagesSeenFrom(fromDirectory).get(name);
}

/** The source files a package's entry (`subpath` "" ) or a subpath of it may be, in order of preference. */
export function packageEntryCandidates(directory: string, subpath: string): string[] {
  const manifest = readJson(path.join(directory, "package.json"));
  const declared: string[] = [];
  const exportsField = manifest?.exports;
  const key = subpath === "" ? "." : `./${subpath}`;
  const exported = typeof exportsField === "string" && key === "." ? exportsField : isRecord(exportsField) ? (key in exportsField ? exportsField[key] : key === "." && !Object.keys(exportsField).some((k) => k.startsWith(".")) ? exportsField : undefined) : undefined;
  declared.push(...conditionTargets(exported));
  if (subpath === "") for (const field of ["source", "types", "typings", "module", "main"]) if (typeof manifest?.[field] === "string") declared.push(manifest[field] as string);
  const candidates: string[] = [];
  for (const target of declared) {
    const absolute = path.resolve(directory, target);
    candidates.push(absolute);
    // Built output names its source: `./dist/index.cjs` was compiled from `./src/index.ts`.
    const relative = path.relative(directory, absolute).replace(/\.d\.[cm]?ts$/, "").replace(/\.[cm]?[jt]sx?$/, "");
    const built = /^(dist|lib|build|out|esm|cjs)(\/|$)/.exec(relative);
    if (built) candidates.push(path.join(directory, "src", relative.slice(built[0].length)));
  }
  candidates.push(subpath === "" ? path.join(directory, "src", "index") : path.join(directory, "src", subpath));
  candidates.push(subpath === "" ? path.join(directory, "index") : path.join(directory, subpath));
  return candidates.filter((c) => !/\.d\.[cm]?ts$/.test(c));
}

/** The paths an `exports` entry names, across its conditions (`{ types, import, require, default }`). */
function conditionTargets(entry: unknown, depth = 0): string[] {
  if (typeof entry === "string") return [entry];
  if (Array.isArray(entry)) return entry.flatMap((e) => conditionTargets(e, depth + 1));
  if (!isRecord(entry) || depth > 4) return [];
  const preferred = ["source", "types", "import", "module", "require", "node", "default"];
  const keys = [...preferred.filter((k) => k in entry), ...Object.keys(entry).filter((k) => !preferred.includes(k))];
  return keys.flatMap((k) => conditionTargets(entry[k], depth + 1));
}

const packagesByDirectory = new Map<string, ReadonlyMap<string, string>>();
const packagesByRoot = new Map<string, Map<string, string>>();
const workspaceFolders: ReadonlySet<string> = new Set(["packages", "apps", "libs", "modules", "plugins", "services", "extensions"]);

function packagesSeenFrom(directory: string): ReadonlyMap<string, string> {
  const cached = packagesByDirectory.get(directory);
  if (cached) return cached;
  const root = workspaceRoot(directory);
  const found = new Map(root ? packagesOfWorkspace(root.directory, root.patterns) : []);
  // A checkout without the workspace's manifest (one package folder exported from a monorepo), or a
  // package the manifest does not list: also the packages beside it, when it sits in a folder
  // monorepos keep packages in.
  const own = nearestPackage(directory);
  const member = own !== undefined && [...found.values()].includes(own);
  if (own && !member && workspaceFolders.has(path.basename(path.dirname(own)))) {
    for (const [name, folder] of packagesOfWorkspace(path.dirname(own), ["*"])) if (!found.has(name)) found.set(name, folder);
  }
  packagesByDirectory.set(directory, found);
  return found;
}

const workspaceRoots = new Map<string, { directory: string; patterns: readonly string[] } | null>();

function workspaceRoot(directory: string): { directory: string; patterns: readonly string[] } | undefined {
  const cached = workspaceRoots.get(directory);
  if (cached !== undefined) return cached ?? undefined;
  let root: { directory: string; patterns: readonly string[] } | undefined;
  const patterns = workspacePatterns(directory);
  if (patterns) root = { directory, patterns };
  else if (path.dirname(directory) !== directory && path.basename(directory) !== "node_modules") root = workspaceRoot(path.dirname(directory));
  workspaceRoots.set(directory, root ?? null);
  return root;
}

function workspacePatterns(directory: string): readonly string[] | undefined {
  const pnpm = path.join(directory, "pnpm-workspace.yaml");
  if (isFile(pnpm)) {
    try {
      const parsed: unknown = parseYaml(fs.readFileSync(pnpm, "utf8"));
      const list = isRecord(parsed) ? parsed.packages : undefined;
      if (Array.isArray(list)) return list.filter((p): p is string => typeof p === "string");
    } catch {
      return undefined;
    }
  }
  const manifest = readJson(path.join(directory, "package.json"));
  const workspaces = manifest?.workspaces;
  if (Array.isArray(workspaces)) return workspaces.filter((p): p is string => typeof p === "string");
  if (isRecord(workspaces) && Array.isArray(workspaces.packages)) return workspaces.packages.filter((p): p is string => typeof p === "string");
  const lerna = readJson(path.join(directory, "lerna.json"));
  if (Array.isArray(lerna?.packages)) return lerna.packages.filter((p): p is string => typeof p === "string");
  return undefined;
}

/** How deep below the workspace root package folders are looked for (`packages/*`, `apps/web/*`). */
const maxPatternDepth = 3;

function packagesOfWorkspace(root: string, patterns: readonly string[]): Map<string, string> {
  const cached = packagesByRoot.get(root);
  if (cached) return cached;
  const packages = new Map<string, string>();
  packagesByRoot.set(root, packages);
  const included = patterns.filter((p) => !p.startsWith("!")).map((p) => p.replace(/^\.\//, "").replace(/\/$/, ""));
  const excluded = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1).replace(/^\.\//, "").replace(/\/$/, ""));
  if (included.length === 0) return packages;
  const matches = picomatch(included);
  const skipped = excluded.length > 0 ? picomatch(excluded) : () => false;
  const visit = (relative: string, depth: number): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (matches(child) && !skipped(child)) {
        const name = readJson(path.join(root, child, "package.json"))?.name;
        if (typeof name === "string" && !packages.has(name)) packages.set(name, path.join(root, child));
      }
      if (depth + 1 < maxPatternDepth) visit(child, depth + 1);
    }
  };
  visit("", 0);
  return packages;
}

/**
 * The major version a file's package (or the workspace above it) declares for a dependency:
 * `"streamdown": "^1.3.0"` gives 1. Undefined when no manifest names it or the range has no number.
 */
export function declaredMajorVersion(containingFile: string, dependency: string): number | undefined {
  let directory = nearestPackage(path.dirname(containingFile));
  for (let level = 0; directory && level < 4; level++) {
    const manifest = readJson(path.join(directory, "package.json"));
    for (const field of ["dependencies", "devDependencies", "peerDependencies"]) {
      const range = isRecord(manifest?.[field]) ? (manifest[field] as Record<string, unknown>)[dependency] : undefined;
      const major = typeof range === "string" ? /(\d+)/.exec(range)?.[1] : undefined;
      if (major !== undefined) return Number(major);
    }
    const parent = path.dirname(directory);
    directory = parent === directory ? undefined : nearestPackage(parent);
  }
  return undefined;
}

/**
 * A package's own relative import as its users would write it: inside `@anthropic-ai/sdk`,
 * `../../helpers/beta/memory` from `src/tools/memory/node.ts` is `@anthropic-ai/sdk/helpers/beta/memory`.
 * Undefined for bare specifiers, or where no named package holds the file.
 */
export function ownPackageModuleId(specifier: string, containingFile: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const directory = nearestPackage(path.dirname(containingFile));
  const name = directory ? packageName(directory) : undefined;
  if (!directory || name === undefined) return undefined;
  const target = path.resolve(path.dirname(containingFile), specifier);
  const relative = path.relative(directory, target).split(path.sep).join("/");
  if (relative.startsWith("..")) return undefined;
  const subpath = relative.replace(/^(src|lib)(\/|$)/, "").replace(/\.[cm]?[jt]sx?$/, "").replace(/(^|\/)index$/, "");
  return subpath === "" ? name : `${name}/${subpath}`;
}

const nearestPackageMemo = new Map<string, string | null>();

function nearestPackage(directory: string): string | undefined {
  const known = nearestPackageMemo.get(directory);
  if (known !== undefined) return known ?? undefined;
  let found: string | undefined;
  for (let current = directory; ; current = path.dirname(current)) {
    if (isFile(path.join(current, "package.json"))) {
      found = current;
      break;
    }
    if (path.dirname(current) === current || path.basename(current) === "node_modules") break;
  }
  nearestPackageMemo.set(directory, found ?? null);
  return found;
}

const packageNameMemo = new Map<string, string | null>();

/** The `name` of a package directory's package.json, read once. */
export function packageName(directory: string): string | undefined {
  const known = packageNameMemo.get(directory);
  if (known !== undefined) return known ?? undefined;
  const name = readJson(path.join(directory, "package.json"))?.name;
  const found = typeof name === "string" && name !== "" ? name : undefined;
  packageNameMemo.set(directory, found ?? null);
  return found;
}

/** The package a relative import stays inside, named as its users import it (`@supabase/mcp-utils`), or undefined. */
export function ownPackageName(specifier: string, containingFile: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const directory = nearestPackage(path.dirname(containingFile));
  if (!directory) return undefined;
  const relative = path.relative(directory, path.resolve(path.dirname(containingFile), specifier));
  return relative.startsWith("..") ? undefined : packageName(directory);
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Forgets what was read of workspace manifests (one changed). */
export function forgetWorkspacePackages(): void {
  packagesByDirectory.clear();
  packagesByRoot.clear();
  workspaceRoots.clear();
}
