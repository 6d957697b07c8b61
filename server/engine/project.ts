import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { isCodeFile, isLintable } from "./files";
import { resolveModule } from "./module-resolution";
import { isStackOverflow, parseSource, readSource, reparseSource, tooDeepReason } from "./source";

export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

export class ProjectConfigError extends Error {}

/** Options used when the run has no tsconfig: no lib, no package resolution, so nothing outside the project is read. */
const standaloneOptions: ts.CompilerOptions = {
  allowJs: true,
  checkJs: false,
  noLib: true,
  noEmit: true,
  types: [],
  jsx: ts.JsxEmit.Preserve,
  target: ts.ScriptTarget.Latest,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
};

/**
 * The files of one run, each parsed once, and the type checker built over them on demand.
 * Without a tsconfig the checker still resolves names and relative imports between the
 * project's files; with one (`--project`), it has the project's options and, when
 * `node_modules` is installed, the SDKs' real types.
 */
export class Project {
  private readonly sourceFiles = new Map<string, ts.SourceFile>();
  private readonly options: ts.CompilerOptions;
  private program: ts.Program | undefined;
  private programFailed = false;
  readonly skipped: SkippedFile[] = [];
  private readonly unanalyzable = new Map<string, string>();
  /** Files whose text came from `update` (an editor's buffer, a fix) rather than the disk. */
  private readonly edited = new Set<string>();

  private constructor(
    options: ts.CompilerOptions,
    private readonly usesProjectConfig: boolean,
    readonly projectFiles: readonly string[],
  ) {
    this.options = options;
  }

  static standalone(): Project {
    return new Project(standaloneOptions, false, []);
  }

  /** Reads a tsconfig; its file list becomes the default set of files to lint. */
  static fromTsconfig(tsconfigPath: string): Project {
    const absolute = path.resolve(tsconfigPath);
    if (!fs.existsSync(absolute)) throw new ProjectConfigError(`${tsconfigPath}: no such tsconfig file`);
    const problems: string[] = [];
    const host: ts.ParseConfigFileHost = {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => problems.push(ts.flattenDiagnosticMessageText(d.messageText, "\n")),
    };
    const parsed = ts.getParsedCommandLineOfConfigFile(absolute, { noEmit: true }, host);
    const errors = [...problems, ...(parsed?.errors ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error && d.code !== 18003).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))];
    if (!parsed || errors.length > 0) throw new ProjectConfigError(`${tsconfigPath}: ${errors.join("; ") || "cannot be read"}`);
    const files = parsed.fileNames.map((f) => path.resolve(f)).filter((f) => isLintable(f) && !f.split(path.sep).includes("node_modules"));
    return new Project({ ...parsed.options, noEmit: true }, true, files);
  }

  /** Parses a file (once); undefined when it is skipped, with the reason recorded. */
  load(file: string): ts.SourceFile | undefined {
    const cached = this.sourceFiles.get(file);
    if (cached) {
      // Most recently used last: `trim` drops from the front.
      this.sourceFiles.delete(file);
      this.sourceFiles.set(file, cached);
      return cached;
    }
    if (this.unanalyzable.has(file)) return undefined;
    const read = readSource(file);
    if ("skipped" in read) {
      this.skip(file, read.skipped);
      return undefined;
    }
    return this.parse(file, read.text);
  }

  /** Records that a file cannot be analyzed (say, its nesting overflowed a walk): it is not loaded again. */
  skip(file: string, reason: string): void {
    this.sourceFiles.delete(file);
    this.unanalyzable.set(file, reason);
    if (!this.skipped.some((s) => s.file === file)) this.skipped.push({ file, reason });
  }

  skipReason(file: string): string | undefined {
    return this.unanalyzable.get(file);
  }

  /**
   * Keeps at most `count` trees, dropping the least recently used; trees of edited buffers stay.
   * Call it only between analyses (when the taint engine that refers to the trees is dropped
   * too), never during one: a file must have one tree per analysis. No-op while a type-checked
   * program holds the trees.
   */
  trim(count: number): void {
    if (this.program) return;
    let excess = this.sourceFiles.size - count;
    for (const file of this.sourceFiles.keys()) {
      if (excess <= 0) break;
      if (this.edited.has(file)) continue;
      this.sourceFiles.delete(file);
      excess--;
    }
  }

  /** How many trees are in memory. */
  get treeCount(): number {
    return this.sourceFiles.size;
  }

  /** Drops a file that no longer exists. */
  forget(file: string): void {
    this.sourceFiles.delete(file);
    this.edited.delete(file);
    this.unanalyzable.delete(file);
    this.program = undefined;
  }

  /** A file's text: from its tree when loaded, else read from disk without parsing. */
  textOf(file: string): string | undefined {
    const cached = this.sourceFiles.get(file);
    if (cached) return cached.text;
    const read = readSource(file);
    return "text" in read ? read.text : undefined;
  }

  /** Replaces a file's text (the editor's unsaved buffer, or a file just fixed); undefined when it cannot be parsed. */
  update(file: string, text: string): ts.SourceFile | undefined {
    this.program = undefined;
    this.edited.add(file);
    this.unanalyzable.delete(file);
    const index = this.skipped.findIndex((s) => s.file === file);
    if (index >= 0) this.skipped.splice(index, 1);
    return this.parse(file, text, this.sourceFiles.get(file));
  }

  /** Back to the file on disk (an editor closed its buffer): read again when next needed. */
  revert(file: string): void {
    this.forget(file);
    this.skipped.splice(0, this.skipped.length, ...this.skipped.filter((s) => s.file !== file));
  }

  private parse(file: string, text: string, previous?: ts.SourceFile): ts.SourceFile | undefined {
    try {
      const sourceFile = previous ? reparseSource(previous, text) : parseSource(file, text);
      this.sourceFiles.set(file, sourceFile);
      return sourceFile;
    } catch (error) {
      if (!isStackOverflow(error)) throw error;
      this.skip(file, tooDeepReason);
      return undefined;
    }
  }

  /** The type checker over every loaded file; built at the first call, undefined if building it failed. */
  getTypeChecker(): ts.TypeChecker | undefined {
    return this.getProgram()?.getTypeChecker();
  }

  /**
   * The npm package that declares an expression's type (`openai` for an `OpenAI` client returned
   * by some workspace package), from the type checker. Only with `--project`, where packages'
   * own type declarations are read; undefined when the types do not resolve.
   */
  packageOfType(expression: ts.Expression): string | undefined {
    if (!this.usesProjectConfig) return undefined;
    const program = this.getProgram();
    const sourceFile = expression.getSourceFile();
    if (!program || program.getSourceFile(sourceFile.fileName) !== sourceFile) return undefined;
    try {
      const type = program.getTypeChecker().getTypeAtLocation(expression);
      const declaration = (type.aliasSymbol ?? type.getSymbol())?.declarations?.[0];
      return declaration ? packageOfPath(declaration.getSourceFile().fileName) : undefined;
    } catch {
      return undefined; // a checker failure costs this hint only
    }
  }

  getProgram(): ts.Program | undefined {
    if (this.program || this.programFailed) return this.program;
    try {
      this.program = ts.createProgram({
        // MCP configs are analyzed as JSON, never compiled.
        rootNames: (this.usesProjectConfig ? [...new Set([...this.projectFiles, ...this.sourceFiles.keys()])] : [...this.sourceFiles.keys()]).filter(isCodeFile),
        options: this.options,
        host: this.createHost(),
        oldProgram: undefined,
      });
    } catch {
      this.programFailed = true; // rules fall back to syntax-only analysis
    }
    return this.program;
  }

  private createHost(): ts.CompilerHost {
    const base = ts.createCompilerHost(this.options, true);
    const getSourceFile: ts.CompilerHost["getSourceFile"] = (fileName, languageVersion) => {
      const known = this.sourceFiles.get(path.resolve(fileName));
      if (known) return known;
      // The project's own files go through `load`, so the checker and the rules see the same trees.
      if (this.usesProjectConfig) {
        const resolved = path.resolve(fileName);
        return isCodeFile(resolved) && !resolved.split(path.sep).includes("node_modules") ? this.load(resolved) : base.getSourceFile(fileName, languageVersion);
      }
      // Standalone: other project files reached by relative imports are parsed (once) too.
      return isCodeFile(fileName) ? this.load(path.resolve(fileName)) : undefined;
    };
    if (this.usesProjectConfig) return { ...base, getSourceFile };
    return {
      ...base,
      getSourceFile,
      // Only relative imports between project files; packages are recognized by specifier, never read.
      resolveModuleNameLiterals: (literals, containingFile) =>
        literals.map((literal) => ({ resolvedModule: resolveModule(literal.text, containingFile) })),
    };
  }
}

/** `…/node_modules/@scope/pkg/dist/index.d.ts` → `@scope/pkg`. */
function packageOfPath(file: string): string | undefined {
  const parts = file.split(/[\\/]/);
  const index = parts.lastIndexOf("node_modules");
  const first = index >= 0 ? parts[index + 1] : undefined;
  if (!first) return undefined;
  return first.startsWith("@") ? `${first}/${parts[index + 2] ?? ""}` : first;
}
