import fs from "node:fs";
import path from "node:path";
import { defaultConfig, findConfigFile, loadConfig, type LlmsecConfig } from "./config";
import { selectFiles } from "./files";
import { isMcpConfigFile } from "./mcp/config-files";
import type ts from "typescript";
import type { FileResult, Finding } from "./finding";
import { lintSourceFile, type LintFileOptions } from "./linter";
import { Project, type SkippedFile } from "./project";
import { isStackOverflow, tooDeepReason } from "./source";
import { activeRules, catalogue, knownRuleIds, severityFor } from "./registry";
import { TaintEngine } from "./taint/flows";
import { ImportGraph } from "./taint/import-graph";
import { PromptAnalyzer } from "./taint/prompts";
import { ToolInventory, type ToolInfo } from "./tools/inventory";

export interface RunOptions {
  readonly cwd: string;
  /** Files, directories and globs; the current directory (or the tsconfig's files) when empty. */
  readonly paths: readonly string[];
  /** Explicit config file; otherwise `llmsec.config.json` is looked up from `cwd`. */
  readonly configFile?: string;
  /** A tsconfig whose files and compiler options the run uses. */
  readonly tsconfig?: string;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface RunResult {
  readonly results: FileResult[];
  readonly skipped: readonly SkippedFile[];
  readonly unmatched: readonly string[];
  readonly config: LlmsecConfig;
  readonly project: Project;
  readonly lintOptions: LintFileOptions;
}

/**
 * The explicit config, or the `llmsec.config.json` found from the directory the paths have in
 * common (so `llmsec lint apps/bot` uses `apps/bot`'s config), up to the repository root.
 */
export function resolveConfig(cwd: string, configFile: string | undefined, paths: readonly string[] = []): LlmsecConfig {
  const start = commonDirectory(paths.map((p) => path.resolve(cwd, globBase(p)))) ?? cwd;
  const file = configFile ? path.resolve(cwd, configFile) : findConfigFile(start);
  return file ? loadConfig(file, knownRuleIds()) : defaultConfig(cwd);
}

function globBase(arg: string): string {
  const firstGlobChar = arg.search(/[*?[\]{}()!]/);
  return firstGlobChar < 0 ? arg : path.dirname(arg.slice(0, firstGlobChar) + "x");
}

function commonDirectory(paths: readonly string[]): string | undefined {
  if (paths.length === 0) return undefined;
  const dirs = paths.map((p) => (fs.existsSync(p) && fs.statSync(p).isDirectory() ? p : path.dirname(p)));
  let common = dirs[0] ?? "";
  for (const dir of dirs.slice(1)) {
    while (common !== path.dirname(common) && dir !== common && !dir.startsWith(common + path.sep)) common = path.dirname(common);
  }
  return common;
}

/**
 * What one analysis needs: the rules and a fresh taint engine, whose caches hold syntax nodes
 * (so the trees it has read stay in memory until it is dropped). `imports` outlives engines.
 */
export function lintOptionsFor(config: LlmsecConfig, project: Project, runFiles: () => readonly string[] = () => [], imports = importGraphFor(project, runFiles)): LintFileOptions {
  const taint = new TaintEngine(catalogue(), (file) => project.load(file), config.sources, imports, (expression) => project.packageOfType(expression));
  return {
    taint,
    tools: new ToolInventory(catalogue(), taint),
    prompts: new PromptAnalyzer(catalogue(), taint, new Set(config.labelers)),
    rules: activeRules(config),
    engineSeverity: (meta) => severityFor(meta, config),
    knownRuleIds: knownRuleIds(),
    getTypeChecker: () => project.getTypeChecker(),
    sourceFileFor: (file) => project.load(file),
  };
}

/** Lints one file; undefined (and the file recorded as skipped) when its nesting overflows the stack. */
export function lintGuarded(project: Project, sourceFile: ts.SourceFile, options: LintFileOptions): Finding[] | undefined {
  return skipIfTooDeep(project, sourceFile.fileName, () => lintSourceFile(sourceFile, options));
}

export function skipIfTooDeep<T>(project: Project, file: string, analyze: () => T): T | undefined {
  try {
    return analyze();
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    project.skip(file, tooDeepReason);
    return undefined;
  }
}

/**
 * A run renews its taint engine after this many files and keeps this many trees across engines:
 * memory stays bounded on a large project, at the cost of re-deriving some helpers' summaries.
 */
export const filesPerEngine = 200;
export const treesKept = 200;

export function importGraphFor(project: Project, runFiles: () => readonly string[]): ImportGraph {
  return new ImportGraph((file) => project.textOf(file), runFiles);
}

export interface ToolsResult {
  readonly tools: { readonly file: string; readonly tool: ToolInfo }[];
  /** Calls that read as tool definitions but gave no tool (see `ToolInventory.unresolvedIn`). */
  readonly unresolved: { readonly file: string; readonly call: ts.CallExpression }[];
  readonly skipped: readonly SkippedFile[];
  readonly unmatched: readonly string[];
}

interface RunSetup {
  readonly config: LlmsecConfig;
  readonly project: Project;
  readonly files: readonly string[];
  readonly unmatched: readonly string[];
}

/** Config, project and the selected files of a run. */
function setUpRun(options: RunOptions): RunSetup {
  const config = resolveConfig(options.cwd, options.configFile, options.paths);
  const project = options.tsconfig ? Project.fromTsconfig(path.resolve(options.cwd, options.tsconfig)) : Project.standalone();
  const discovery = { cwd: options.cwd, ignorePatterns: config.ignore, ignoreRoot: config.root };
  // A tsconfig lists code only: the MCP configs beside it are found by walking its folder.
  const selection =
    options.tsconfig && options.paths.length === 0
      ? { files: [...project.projectFiles, ...selectFiles([path.dirname(path.resolve(options.cwd, options.tsconfig))], discovery).files.filter(isMcpConfigFile)], unmatched: [] }
      : selectFiles(options.paths, discovery);
  return { config, project, files: selection.files, unmatched: selection.unmatched };
}

/**
 * Visits each parsed file of a run with the analysis state to use for it. The state is renewed
 * every `filesPerEngine` files and the least recently used trees dropped, so memory stays
 * bounded however large the project. Returns the last state (for re-linting fixed files).
 */
function forEachFile(setup: RunSetup, visit: (sourceFile: ts.SourceFile, options: LintFileOptions) => void, onProgress?: RunOptions["onProgress"]): LintFileOptions {
  const { config, project, files } = setup;
  const runFiles = () => files;
  const imports = importGraphFor(project, runFiles);
  let options = lintOptionsFor(config, project, runFiles, imports);
  for (const [index, file] of files.entries()) {
    if (index > 0 && index % filesPerEngine === 0) {
      project.trim(treesKept);
      options = lintOptionsFor(config, project, runFiles, imports);
    }
    const sourceFile = project.load(file);
    if (sourceFile) visit(sourceFile, options);
    onProgress?.(index + 1, files.length);
  }
  return options;
}

/** The agent tools defined in the selected files, for `llmsec tools` (no rules run). */
export function collectTools(options: RunOptions): ToolsResult {
  const setup = setUpRun(options);
  const tools: { file: string; tool: ToolInfo }[] = [];
  const unresolved: { file: string; call: ts.CallExpression }[] = [];
  forEachFile(setup, (sourceFile, { tools: inventory }) => {
    const file = sourceFile.fileName;
    for (const tool of skipIfTooDeep(setup.project, file, () => inventory.toolsIn(sourceFile)) ?? []) tools.push({ file, tool });
    for (const call of skipIfTooDeep(setup.project, file, () => inventory.unresolvedIn(sourceFile)) ?? []) unresolved.push({ file, call });
  });
  return { tools, unresolved, skipped: setup.project.skipped, unmatched: setup.unmatched };
}

/**
 * One analysis run: resolve config and files, parse each file once, run all rules over it.
 * Throws `ConfigError` / `ProjectConfigError` for a broken config; bad files are skipped with a reason.
 */
export function runLint(options: RunOptions): RunResult {
  const setup = setUpRun(options);
  const results: FileResult[] = [];
  const lintOptions = forEachFile(setup, (sourceFile, fileOptions) => {
    const findings = lintGuarded(setup.project, sourceFile, fileOptions);
    if (findings) results.push({ file: sourceFile.fileName, findings });
  }, options.onProgress);
  return { results, skipped: setup.project.skipped, unmatched: setup.unmatched, config: setup.config, project: setup.project, lintOptions };
}
