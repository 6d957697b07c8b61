import fs from "node:fs";
import path from "node:path";
import ignore, { type Ignore } from "ignore";
import picomatch from "picomatch";
import { isMcpConfigFile } from "./mcp/config-files";

export const lintableExtensions: ReadonlySet<string> = new Set([".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", ".vue", ".svelte"]);

/** Directories that hold dependencies or build output: never source a team writes. */
const defaultIgnoredDirectories: ReadonlySet<string> = new Set([
  "node_modules", "bower_components", ".git", ".hg", ".svn", "dist", "build", "out", "coverage",
  ".next", ".nuxt", ".output", ".svelte-kit", ".turbo", ".vercel", ".cache", ".parcel-cache", ".yarn",
]);

export interface FileSelection {
  readonly files: string[];
  /** Arguments that named nothing: a usage error. */
  readonly unmatched: string[];
}

export interface DiscoveryOptions {
  readonly cwd: string;
  /** Gitignore-style patterns from the config, relative to `ignoreRoot`. */
  readonly ignorePatterns: readonly string[];
  readonly ignoreRoot: string;
}

/**
 * Expands the CLI's path arguments (files, directories, globs) into the files to lint,
 * honoring `.gitignore` files and the config's ignore patterns, and skipping dependency
 * and build directories. A file or directory named explicitly is linted even if a `.gitignore`
 * lists it.
 */
export function selectFiles(args: readonly string[], options: DiscoveryOptions): FileSelection {
  const files = new Set<string>();
  const unmatched: string[] = [];
  const configIgnore = ignore().add([...options.ignorePatterns]);
  const isConfigIgnored = (file: string): boolean => {
    const relative = path.relative(options.ignoreRoot, file);
    return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative) && configIgnore.ignores(relative);
  };

  for (const arg of args.length > 0 ? args : ["."]) {
    const absolute = path.resolve(options.cwd, arg);
    const stat = statOrUndefined(absolute);
    if (stat?.isFile()) {
      if (isLintable(absolute) && !isConfigIgnored(absolute)) files.add(absolute);
      continue;
    }
    if (stat?.isDirectory()) {
      walk(absolute, gitignoresAbove(absolute), (file) => !isConfigIgnored(file), files);
      continue;
    }
    if (picomatch.scan(arg).isGlob) {
      const { base, glob } = picomatch.scan(arg);
      const baseDir = path.resolve(options.cwd, base || ".");
      const matcher = picomatch(glob, { dot: false });
      const before = files.size;
      if (statOrUndefined(baseDir)?.isDirectory()) {
        walk(baseDir, gitignoresAbove(baseDir), (file) => matcher(toPosix(path.relative(baseDir, file))) && !isConfigIgnored(file), files);
      }
      if (files.size === before) unmatched.push(arg);
      continue;
    }
    unmatched.push(arg);
  }
  return { files: [...files].sort(), unmatched };
}

export function isLintable(file: string): boolean {
  if (file.endsWith(".d.ts") || file.endsWith(".d.mts") || file.endsWith(".d.cts")) return false;
  return lintableExtensions.has(path.extname(file)) || isMcpConfigFile(file);
}

/** Files read as code (so the type checker may see them), as opposed to MCP configs, which are JSON. */
export function isCodeFile(file: string): boolean {
  return isLintable(file) && !isMcpConfigFile(file);
}

interface GitignoreScope {
  readonly dir: string;
  readonly rules: Ignore;
}

function walk(dir: string, inherited: readonly GitignoreScope[], accept: (file: string) => boolean, out: Set<string>): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // unreadable directory: nothing to lint there
  }
  const own = readGitignore(dir);
  const scopes = own ? [...inherited, own] : inherited;
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (defaultIgnoredDirectories.has(entry.name) || isGitignored(full, scopes, true)) continue;
      walk(full, scopes, accept, out);
    } else if (entry.isFile() && isLintable(full) && !isGitignored(full, scopes, false) && accept(full)) {
      out.add(full);
    }
  }
}

function isGitignored(file: string, scopes: readonly GitignoreScope[], isDirectory: boolean): boolean {
  for (const scope of scopes) {
    const relative = toPosix(path.relative(scope.dir, file));
    if (relative === "" || relative.startsWith("..")) continue;
    if (scope.rules.ignores(isDirectory ? `${relative}/` : relative)) return true;
  }
  return false;
}

function readGitignore(dir: string): GitignoreScope | undefined {
  const file = path.join(dir, ".gitignore");
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  return { dir, rules: ignore().add(text) };
}

/** The `.gitignore` files of the directories above `dir`, up to its repository's root (none outside a repository). */
function gitignoresAbove(dir: string): GitignoreScope[] {
  const root = repositoryRoot(dir);
  if (root === undefined || root === dir) return [];
  const chain: GitignoreScope[] = [];
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    const scope = readGitignore(current);
    // A directory named explicitly is analyzed even if a parent's .gitignore lists it.
    if (scope && !isGitignored(dir, [scope], true)) chain.unshift(scope);
    if (current === root || path.dirname(current) === current) break;
  }
  return chain;
}

function repositoryRoot(dir: string): string | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    if (fs.existsSync(path.join(current, ".git"))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

export function toPosix(file: string): string {
  return file.split(path.sep).join("/");
}
