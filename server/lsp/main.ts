import "../ruleset";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type InitializeResult,
  type WorkspaceFoldersChangeEvent,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { configFileName } from "../engine/config";
import type { Finding } from "../engine/finding";
import { isLintable } from "../engine/files";
import { forgetModuleConfigs, isModuleConfig } from "../engine/module-resolution";
import { filesPerEngine } from "../engine/run";
import { formatToolsTable } from "../cli/tools-command";
import { plainPalette } from "../cli/color";
import { fixAllAction, fixAllKind, quickFixes } from "./code-actions";
import { toDiagnostic } from "./convert";
import { toolHover, toolInventoryMarkdown } from "./hover";
import { normalizeSettings } from "./settings";
import { WorkspaceFolders } from "./folders";
import type { WorkspaceAnalyzer } from "./workspace";

/** Adapts the engine to LSP: documents in, diagnostics, code actions and hovers out. Nothing else. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const folders = new WorkspaceFolders();
  let supportsConfiguration = false;
  let supportsProgress = false;
  let supportsWorkspaceFolders = false;
  const published = new Map<string, Finding[]>();
  const timers = new Map<string, NodeJS.Timeout>();
  let scanGeneration = 0;
  let currentScan: Promise<void> | undefined;

  const log = (message: string) => connection.console.log(`[llmsec] ${message}`);
  const guard = <A extends unknown[], R>(name: string, fallback: R, handler: (...args: A) => R) => (...args: A): R => {
    try {
      return handler(...args);
    } catch (error) {
      connection.console.error(`[llmsec] ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };
  const fileOf = (uri: string): string | undefined => (uri.startsWith("file:") ? fileURLToPath(uri) : undefined);
  const reportConfigError = (error: string | undefined) => {
    if (error) connection.window.showErrorMessage(`llmsec: invalid configuration: ${error}`);
  };

  const sendStatus = () => {
    let errors = 0;
    let warnings = 0;
    for (const findings of published.values()) for (const f of findings) f.severity === "error" ? errors++ : warnings++;
    void connection.sendNotification("llmsec/status", { errors, warnings, files: published.size });
  };

  const publish = (file: string, findings: Finding[]) => {
    published.set(file, findings);
    const document = documents.get(pathToFileURL(file).href);
    void connection.sendDiagnostics({ uri: pathToFileURL(file).href, ...(document ? { version: document.version } : {}), diagnostics: findings.map(toDiagnostic) });
  };

  const unpublish = (file: string) => {
    published.delete(file);
    void connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics: [] });
  };

  /** Lints a file and the files an edit of it can change, and publishes their diagnostics. */
  const analyze = (workspace: WorkspaceAnalyzer, file: string, withAffected: boolean) => {
    if (!workspace.enabled) {
      publish(file, []);
      return;
    }
    publish(file, workspace.lint(file));
    const skipped = workspace.skippedReason(file);
    if (skipped) log(`${file} skipped: ${skipped}`);
    if (withAffected) for (const other of workspace.affectedBy(file)) if (published.has(other)) publish(other, workspace.lint(other));
    sendStatus();
  };

  const schedule = (uri: string) => {
    const file = fileOf(uri);
    const workspace = file ? folders.for(file) : undefined;
    if (!file || !workspace || !isLintable(file)) return;
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(guard("analysis", undefined, () => {
      timers.delete(uri);
      const document = documents.get(uri);
      if (!document) return;
      workspace.setText(file, document.getText());
      analyze(workspace, file, true);
    }), workspace.debounceMs));
  };

  /** The running scan, or a new one (`restart` cancels a running scan first, after a config change). */
  const scanWorkspace = (restart = false): Promise<void> => {
    if (currentScan && !restart) return currentScan;
    const scan = runScan().finally(() => {
      if (currentScan === scan) currentScan = undefined;
    });
    currentScan = scan;
    return scan;
  };

  /** Analyzes every folder's files in the background, a file at a time, yielding to edits. */
  const runScan = async () => {
    const generation = ++scanGeneration;
    const work = folders.all().flatMap((workspace) => workspace.workspaceFiles().map((file, index) => ({ workspace, file, index })));
    const progress = supportsProgress && work.length > 0 ? await connection.window.createWorkDoneProgress() : undefined;
    progress?.begin("llmsec: scanning workspace", 0, `${work.length} files`, true);
    for (const [i, { workspace, file, index }] of work.entries()) {
      if (generation !== scanGeneration || progress?.token.isCancellationRequested) break;
      if (index > 0 && index % filesPerEngine === 0) workspace.compact();
      if (folders.for(file) === workspace && !documents.get(pathToFileURL(file).href)) guard("scan", undefined, () => publish(file, workspace.enabled ? workspace.lint(file) : []))();
      if (i % 20 === 0) {
        progress?.report(Math.round((i / work.length) * 100), `${i}/${work.length} files`);
        sendStatus();
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    progress?.done();
    sendStatus();
    log(`scanned ${work.length} files`);
  };

  /** Each folder's `llmsec.*` settings (a multi-root client can set them per folder). */
  const loadSettings = async () => {
    if (!supportsConfiguration) return;
    for (const workspace of folders.all()) {
      const [value] = (await connection.workspace.getConfiguration([{ scopeUri: pathToFileURL(workspace.root).href, section: "llmsec" }])) as unknown[];
      workspace.configure(normalizeSettings(value));
    }
  };

  const reanalyzeAll = () => {
    for (const document of documents.all()) schedule(document.uri);
    void scanWorkspace(true);
  };

  const addFolder = (uri: string, initializationOptions: unknown) => {
    const { analyzer, configError } = folders.add(fileURLToPath(uri));
    analyzer.configure(normalizeSettings(initializationOptions));
    reportConfigError(configError);
  };

  connection.onInitialize((params): InitializeResult => {
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    for (const uri of uris.filter((u) => u.startsWith("file:"))) addFolder(uri, params.initializationOptions);
    if (folders.all().length === 0) addFolder(pathToFileURL(process.cwd()).href, params.initializationOptions);
    supportsConfiguration = params.capabilities.workspace?.configuration === true;
    supportsProgress = params.capabilities.window?.workDoneProgress === true;
    supportsWorkspaceFolders = params.capabilities.workspace?.workspaceFolders === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind] },
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "llmsec" },
    };
  });

  connection.onInitialized(guard("initialized", undefined, () => {
    if (supportsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: "llmsec" });
    if (supportsWorkspaceFolders) connection.workspace.onDidChangeWorkspaceFolders(onFoldersChanged);
    void loadSettings().then(() => scanWorkspace());
  }));

  const onFoldersChanged = guard("workspace folders", undefined, (event: WorkspaceFoldersChangeEvent) => {
    for (const removed of event.removed) {
      const analyzer = folders.remove(fileURLToPath(removed.uri));
      for (const file of [...published.keys()]) if (analyzer && file.startsWith(analyzer.root) && folders.for(file) !== analyzer && !documents.get(pathToFileURL(file).href)) unpublish(file);
    }
    for (const added of event.added) addFolder(added.uri, undefined);
    void loadSettings().then(reanalyzeAll);
  });

  connection.onDidChangeConfiguration(guard("configuration", undefined, (change) => {
    if (!supportsConfiguration) {
      const settings = (change.settings as { llmsec?: unknown } | undefined)?.llmsec;
      for (const workspace of folders.all()) workspace.configure(normalizeSettings(settings));
      reanalyzeAll();
      return;
    }
    void loadSettings().then(reanalyzeAll);
  }));

  connection.onDidChangeWatchedFiles(guard("watched files", undefined, (change) => {
    let configChanged = false;
    let resolutionChanged = false;
    for (const event of change.changes) {
      const file = fileOf(event.uri);
      const workspace = file ? folders.for(file) : undefined;
      if (!file || !workspace) continue;
      if (file.endsWith(configFileName)) configChanged = true;
      else if (isModuleConfig(file)) resolutionChanged = true;
      else if (isLintable(file) && event.type === FileChangeType.Deleted) {
        const affected = workspace.affectedBy(file);
        workspace.forget(file);
        unpublish(file);
        for (const other of affected) if (published.has(other)) publish(other, workspace.lint(other));
        sendStatus();
      } else if (isLintable(file) && !documents.get(event.uri)) {
        workspace.revertToDisk(file);
        analyze(workspace, file, true);
      }
    }
    if (resolutionChanged) {
      // A tsconfig's `paths` decide where aliased imports lead: read them again, re-analyze.
      forgetModuleConfigs();
      for (const workspace of folders.all()) workspace.reloadImports();
    }
    if (configChanged) {
      const errors = folders.all().map((workspace) => workspace.reloadConfig()).filter((e): e is string => e !== undefined);
      errors.forEach(reportConfigError);
      if (errors.length === 0) reanalyzeAll();
    } else if (resolutionChanged) {
      reanalyzeAll();
    }
  }));

  documents.onDidChangeContent(guard("change", undefined, (event) => {
    const file = fileOf(event.document.uri);
    if (file && folders.for(file)?.runMode === "onType") schedule(event.document.uri);
  }));
  documents.onDidOpen(guard("open", undefined, (event) => schedule(event.document.uri)));
  documents.onDidSave(guard("save", undefined, (event) => {
    const file = fileOf(event.document.uri);
    if (file && folders.for(file)?.runMode === "onSave") schedule(event.document.uri);
  }));
  documents.onDidClose(guard("close", undefined, (event) => {
    const file = fileOf(event.document.uri);
    const workspace = file ? folders.for(file) : undefined;
    if (!file || !workspace) return;
    clearTimeout(timers.get(event.document.uri));
    workspace.revertToDisk(file);
    if (workspace.workspaceFiles().includes(file)) analyze(workspace, file, true);
    else unpublish(file);
  }));

  connection.onCodeAction(guard("code action", [] as CodeAction[], (params) => {
    const file = fileOf(params.textDocument.uri);
    const document = documents.get(params.textDocument.uri);
    const workspace = file ? folders.for(file) : undefined;
    if (!file || !workspace || !document) return [];
    workspace.setText(file, document.getText());
    const sourceFile = workspace.sourceFile(file);
    if (!sourceFile) return [];
    const only = params.context.only;
    const actions = quickFixes(params.textDocument.uri, sourceFile, workspace.lint(file), params.range, only);
    if (!only || only.some((kind) => fixAllKind === kind || fixAllKind.startsWith(`${kind}.`))) {
      const fixAll = fixAllAction(params.textDocument.uri, sourceFile, workspace.fixAll(file));
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }));

  connection.onHover(guard("hover", null, (params) => {
    const file = fileOf(params.textDocument.uri);
    const document = documents.get(params.textDocument.uri);
    const workspace = file ? folders.for(file) : undefined;
    if (!file || !workspace || !document) return null;
    const tool = workspace.toolAt(file, document.offsetAt(params.position));
    return tool ? { contents: toolHover(tool) } : null;
  }));

  connection.onRequest("llmsec/scanWorkspace", guard("scan request", Promise.resolve(), () => scanWorkspace()));
  connection.onRequest("llmsec/toolInventory", guard("tool inventory", "", (params: { format?: string } | undefined) => {
    const analyzers = folders.all();
    const tools = analyzers.flatMap((workspace) => workspace.allTools());
    const root = commonDirectory(analyzers.map((a) => a.root));
    if (params?.format === "markdown") return toolInventoryMarkdown(tools, (file) => path.relative(root, file));
    return formatToolsTable(tools, root, plainPalette);
  }));

  documents.listen(connection);
  connection.listen();
}

/** The deepest directory holding every folder (the folder itself when there is one). */
function commonDirectory(roots: readonly string[]): string {
  let common = roots[0] ?? process.cwd();
  for (const root of roots.slice(1)) {
    while (common !== path.dirname(common) && root !== common && !root.startsWith(common + path.sep)) common = path.dirname(common);
  }
  return common;
}

// `--stdio` or `--node-ipc` on the command line picks the transport.
const connection = createConnection(ProposedFeatures.all);
// A failed request to the client (one it does not support, a closed pipe) is logged, never fatal.
process.on("unhandledRejection", (reason) => {
  connection.console.error(`[llmsec] unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
});
startServer(connection);
