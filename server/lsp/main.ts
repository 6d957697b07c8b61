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
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { configFileName } from "../engine/config";
import type { Finding } from "../engine/finding";
import { isLintable } from "../engine/files";
import { filesPerEngine } from "../engine/run";
import { formatToolsTable } from "../cli/tools-command";
import { plainPalette } from "../cli/color";
import { fixAllAction, fixAllKind, quickFixes } from "./code-actions";
import { toDiagnostic } from "./convert";
import { toolHover, toolInventoryMarkdown } from "./hover";
import { normalizeSettings } from "./settings";
import { WorkspaceAnalyzer } from "./workspace";

/** Adapts the engine to LSP: documents in, diagnostics, code actions and hovers out. Nothing else. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let workspace: WorkspaceAnalyzer | undefined;
  let supportsConfiguration = false;
  let supportsProgress = false;
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

  /** Lints a file and the files an edit of it can change, and publishes their diagnostics. */
  const analyze = (file: string, withAffected: boolean) => {
    if (!workspace) return;
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
    if (!file || !workspace || !isLintable(file)) return;
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(guard("analysis", undefined, () => {
      timers.delete(uri);
      const document = documents.get(uri);
      if (!document || !workspace) return;
      workspace.setText(file, document.getText());
      analyze(file, true);
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

  /** Analyzes the whole workspace in the background, a file at a time, yielding to edits. */
  const runScan = async () => {
    if (!workspace) return;
    const generation = ++scanGeneration;
    const files = workspace.workspaceFiles();
    const progress = supportsProgress ? await connection.window.createWorkDoneProgress() : undefined;
    progress?.begin("llmsec: scanning workspace", 0, `${files.length} files`, true);
    for (let i = 0; i < files.length; i++) {
      if (generation !== scanGeneration || progress?.token.isCancellationRequested) break;
      const file = files[i] ?? "";
      if (i > 0 && i % filesPerEngine === 0) workspace.compact();
      if (!documents.get(pathToFileURL(file).href)) guard("scan", undefined, () => workspace && publish(file, workspace.enabled ? workspace.lint(file) : []))();
      if (i % 20 === 0) {
        progress?.report(Math.round((i / files.length) * 100), `${i}/${files.length} files`);
        sendStatus();
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    progress?.done();
    sendStatus();
    log(`scanned ${files.length} files`);
  };

  const loadSettings = async () => {
    if (!workspace || !supportsConfiguration) return;
    const value: unknown = await connection.workspace.getConfiguration("llmsec");
    workspace.configure(normalizeSettings(value));
  };

  const reanalyzeAll = () => {
    for (const document of documents.all()) schedule(document.uri);
    void scanWorkspace(true);
  };

  connection.onInitialize((params): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    const root = folder ? fileURLToPath(folder) : process.cwd();
    workspace = new WorkspaceAnalyzer(root);
    workspace.configure(normalizeSettings(params.initializationOptions));
    const configError = workspace.reloadConfig();
    if (configError) void connection.window.showErrorMessage(`llmsec: invalid configuration: ${configError}`);
    supportsConfiguration = params.capabilities.workspace?.configuration === true;
    supportsProgress = params.capabilities.window?.workDoneProgress === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind] },
        hoverProvider: true,
      },
      serverInfo: { name: "llmsec" },
    };
  });

  connection.onInitialized(guard("initialized", undefined, () => {
    if (supportsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: "llmsec" });
    void loadSettings().then(() => scanWorkspace());
  }));

  connection.onDidChangeConfiguration(guard("configuration", undefined, (change) => {
    if (!supportsConfiguration && workspace) {
      const settings = (change.settings as { llmsec?: unknown } | undefined)?.llmsec;
      workspace.configure(normalizeSettings(settings));
      reanalyzeAll();
      return;
    }
    void loadSettings().then(reanalyzeAll);
  }));

  connection.onDidChangeWatchedFiles(guard("watched files", undefined, (change) => {
    if (!workspace) return;
    let configChanged = false;
    for (const event of change.changes) {
      const file = fileOf(event.uri);
      if (!file) continue;
      if (file.endsWith(configFileName)) configChanged = true;
      else if (isLintable(file) && event.type === FileChangeType.Deleted) {
        const affected = workspace.affectedBy(file);
        workspace.forget(file);
        published.delete(file);
        void connection.sendDiagnostics({ uri: event.uri, diagnostics: [] });
        for (const other of affected) if (published.has(other)) publish(other, workspace.lint(other));
        sendStatus();
      } else if (isLintable(file) && !documents.get(event.uri)) {
        workspace.revertToDisk(file);
        analyze(file, true);
      }
    }
    if (configChanged) {
      const error = workspace.reloadConfig();
      if (error) void connection.window.showErrorMessage(`llmsec: invalid configuration: ${error}`);
      else reanalyzeAll();
    }
  }));

  documents.onDidChangeContent(guard("change", undefined, (event) => {
    if (workspace?.runMode === "onType") schedule(event.document.uri);
  }));
  documents.onDidOpen(guard("open", undefined, (event) => schedule(event.document.uri)));
  documents.onDidSave(guard("save", undefined, (event) => {
    if (workspace?.runMode === "onSave") schedule(event.document.uri);
  }));
  documents.onDidClose(guard("close", undefined, (event) => {
    const file = fileOf(event.document.uri);
    if (!file || !workspace) return;
    clearTimeout(timers.get(event.document.uri));
    workspace.revertToDisk(file);
    if (workspace.workspaceFiles().includes(file)) analyze(file, true);
    else {
      published.delete(file);
      void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    }
  }));

  connection.onCodeAction(guard("code action", [] as CodeAction[], (params) => {
    const file = fileOf(params.textDocument.uri);
    const document = documents.get(params.textDocument.uri);
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
    if (!file || !workspace || !document) return null;
    const tool = workspace.toolAt(file, document.offsetAt(params.position));
    return tool ? { contents: toolHover(tool) } : null;
  }));

  connection.onRequest("llmsec/scanWorkspace", guard("scan request", Promise.resolve(), () => scanWorkspace()));
  connection.onRequest("llmsec/toolInventory", guard("tool inventory", "", (params: { format?: string } | undefined) => {
    if (!workspace) return "";
    const root = workspace.root;
    if (params?.format === "markdown") return toolInventoryMarkdown(workspace.allTools(), (file) => path.relative(root, file));
    return formatToolsTable(workspace.allTools(), root, plainPalette);
  }));

  documents.listen(connection);
  connection.listen();
}

// `--stdio` or `--node-ipc` on the command line picks the transport.
startServer(createConnection(ProposedFeatures.all));
