import fs from "node:fs";
import ts from "typescript";
import { ConfigError, defaultConfig, type LlmsecConfig } from "../engine/config";
import { selectFiles } from "../engine/files";
import type { Finding } from "../engine/finding";
import { fixText } from "../engine/fixes";
import { lintSourceFile, type LintFileOptions } from "../engine/linter";
import { resolveModule } from "../engine/module-resolution";
import { Project } from "../engine/project";
import { importGraphFor, lintGuarded, lintOptionsFor, resolveConfig, skipIfTooDeep, treesKept } from "../engine/run";
import { maxFileBytes, minifiedReason } from "../engine/source";
import type { ToolInfo } from "../engine/tools/inventory";
import { defaultSettings, type ClientSettings } from "./settings";
import { fileText } from "../engine/source";

/**
 * The engine as the language server uses it: one project for the workspace, the editor's
 * unsaved text in place of files on disk, and analysis state that is rebuilt after each change
 * so that cross-file flows always see the latest text of every file.
 */
export class WorkspaceAnalyzer {
  private readonly project = Project.standalone();
  private config: LlmsecConfig;
  private settings: ClientSettings = defaultSettings;
  private options: LintFileOptions | undefined;
  private files: string[] | undefined;
  private readonly bufferSkips = new Map<string, string>();
  private readonly checkedBuffers = new WeakMap<ts.SourceFile, string | undefined>();
  /** Kept across edits: an edit re-reads only the edited file's imports. */
  private readonly imports = importGraphFor(this.project, () => this.workspaceFiles());

  /** Starts with the defaults when the folder's config is broken; `reloadConfig` reports why. */
  constructor(readonly root: string) {
    try {
      this.config = resolveConfig(root, undefined);
    } catch {
      this.config = defaultConfig(root);
    }
  }

  /** Re-reads llmsec.config.json; on error keeps the last good config and returns the message. */
  reloadConfig(): string | undefined {
    try {
      this.config = resolveConfig(this.root, undefined);
      this.invalidate();
      this.files = undefined;
      return undefined;
    } catch (error) {
      return error instanceof ConfigError ? error.message : String(error);
    }
  }

  /** Import resolution changed (a tsconfig's `paths`): rebuild the import graph and the analysis. */
  reloadImports(): void {
    this.imports.reset();
    this.invalidate();
  }

  configure(settings: ClientSettings): void {
    this.settings = settings;
    this.invalidate();
  }

  get enabled(): boolean {
    return this.settings.enable;
  }

  get runMode(): ClientSettings["run"] {
    return this.settings.run;
  }

  get debounceMs(): number {
    return this.settings.debounceMs;
  }

  /** The editor's text of an open document replaces the file on disk. */
  setText(file: string, text: string): void {
    if (this.project.load(file)?.text === text) return; // nothing changed: keep the analysis
    this.project.update(file, text);
    this.imports.update(file);
    this.invalidate();
  }

  /** A closed document: back to what is on disk (or gone, if the file was deleted). */
  revertToDisk(file: string): void {
    this.project.revert(file);
    this.imports.update(file);
    this.invalidate();
  }

  /** The workspace's files, as `llmsec lint` of the root would select them. */
  workspaceFiles(): string[] {
    if (!this.files) {
      this.files = selectFiles([this.root], { cwd: this.root, ignorePatterns: this.config.ignore, ignoreRoot: this.config.root }).files;
    }
    return this.files;
  }

  lint(file: string): Finding[] {
    const sourceFile = this.project.load(file);
    if (!sourceFile) return [];
    // An open buffer bypasses the size and minified-file checks of reading from disk: apply them here.
    const tooBig = this.bufferCheck(sourceFile);
    if (tooBig) {
      this.bufferSkips.set(file, tooBig);
      return [];
    }
    this.bufferSkips.delete(file);
    return lintGuarded(this.project, sourceFile, this.lintOptions()) ?? [];
  }

  /** Why a buffer is not analyzed (too large, minified), computed once per tree. */
  private bufferCheck(sourceFile: ts.SourceFile): string | undefined {
    if (this.checkedBuffers.has(sourceFile)) return this.checkedBuffers.get(sourceFile);
    const text = fileText(sourceFile);
    const reason = text.length > maxFileBytes ? `larger than ${maxFileBytes / 1024 / 1024} MB` : minifiedReason(sourceFile.fileName, text);
    this.checkedBuffers.set(sourceFile, reason);
    return reason;
  }

  /** A file deleted from disk: forget it. */
  forget(file: string): void {
    this.project.forget(file);
    this.files = undefined;
    this.imports.update(file);
    this.invalidate();
  }

  sourceFile(file: string): ts.SourceFile | undefined {
    return this.project.load(file);
  }

  skippedReason(file: string): string | undefined {
    return this.bufferSkips.get(file) ?? this.project.skipReason(file) ?? this.project.skipped.find((s) => s.file === file)?.reason;
  }

  /** Files whose findings an edit of `file` can change: those that import it and those it imports. */
  affectedBy(file: string): string[] {
    const options = this.lintOptions();
    const affected = new Set(options.taint.importersOf(file));
    const sourceFile = this.project.load(file);
    for (const statement of sourceFile?.statements ?? []) {
      const spec = ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement) ? statement.moduleSpecifier : undefined;
      if (!spec || !ts.isStringLiteral(spec)) continue;
      const target = resolveModule(spec.text, file)?.resolvedFileName;
      if (target) affected.add(target);
    }
    affected.delete(file);
    return [...affected];
  }

  /** The text after every safe fix, or undefined when there is none. */
  fixAll(file: string): string | undefined {
    const sourceFile = this.project.load(file);
    if (!sourceFile) return undefined;
    const options = this.lintOptions();
    const outcome = fixText(file, sourceFile, (sf) => lintSourceFile(sf, options), (fix) => fix.safety === "safe");
    return outcome.applied > 0 ? outcome.text : undefined;
  }

  /** The innermost tool definition at an offset of a file. */
  toolAt(file: string, offset: number): ToolInfo | undefined {
    const sourceFile = this.project.load(file);
    if (!sourceFile) return undefined;
    const tools = this.lintOptions().tools.toolsIn(sourceFile).filter((t) => t.start <= offset && offset <= t.node.getEnd());
    return tools.sort((a, b) => b.start - a.start)[0];
  }

  allTools(): { file: string; tool: ToolInfo }[] {
    const options = this.lintOptions();
    return this.workspaceFiles().flatMap((file) => {
      const sourceFile = this.project.load(file);
      const tools = sourceFile && skipIfTooDeep(this.project, file, () => options.tools.toolsIn(sourceFile));
      return (tools ?? []).map((tool) => ({ file, tool }));
    });
  }

  /** Drops the analysis (its engine refers to trees), and trees beyond the budget with it. */
  private invalidate(): void {
    this.options = undefined;
    this.project.trim(treesKept);
  }

  /** Between scan steps: a fresh engine, so the scan's memory stays bounded. */
  compact(): void {
    this.invalidate();
  }

  private lintOptions(): LintFileOptions {
    if (!this.options) {
      const rules = new Map(this.config.rules);
      for (const [id, setting] of Object.entries(this.settings.rules)) rules.set(id, setting);
      this.options = lintOptionsFor({ ...this.config, rules }, this.project, () => this.workspaceFiles(), this.imports);
    }
    return this.options;
  }
}
