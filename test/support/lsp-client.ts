import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from "vscode-languageserver-protocol/node";
import type { Diagnostic, PublishDiagnosticsParams } from "vscode-languageserver-protocol";

export const serverPath = path.join(__dirname, "..", "..", "dist", "server.js");

/** The built language server, spawned over stdio, with a JSON-RPC connection to it. */
export class LspSession {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly statuses: { errors: number; warnings: number }[] = [];
  /** The document version of the last diagnostics published per URI. */
  readonly versions = new Map<string, number | undefined>();
  private waiters: { predicate: () => boolean; resolve: () => void }[] = [];
  stderr = "";
  /** `window/showMessage` texts: what the user would see as notifications. */
  readonly shownMessages: string[] = [];

  constructor(private readonly settings: { debounceMs?: number } = {}) {
    this.process = spawn(process.execPath, [serverPath, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    this.process.stderr?.on("data", (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params.diagnostics);
      this.versions.set(params.uri, params.version);
      this.check();
    });
    this.connection.onNotification("llmsec/status", (status: { errors: number; warnings: number }) => {
      this.statuses.push(status);
    });
    this.connection.onNotification("window/showMessage", (message: { message: string }) => {
      this.shownMessages.push(message.message);
    });
    this.connection.onNotification("window/logMessage", (message: { message: string }) => {
      this.stderr += `${message.message}\n`;
    });
    this.connection.onRequest("window/workDoneProgress/create", () => null);
    this.connection.onRequest("window/showMessageRequest", (message: { message: string }) => {
      this.shownMessages.push(message.message);
      return null;
    });
    this.connection.onRequest("workspace/configuration", () => [{ enable: true, run: "onType", debounceMs: this.settings.debounceMs ?? 20 }]);
    this.connection.onRequest("client/registerCapability", () => null);
    this.connection.listen();
  }

  /** `initialize` with one workspace folder, or several (a multi-root workspace). */
  async initialize(root: string, ...moreFolders: string[]): Promise<unknown> {
    const result = await this.connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      workspaceFolders: [root, ...moreFolders].map((folder) => ({ uri: pathToFileURL(folder).href, name: path.basename(folder) })),
      capabilities: { workspace: { configuration: true, workspaceFolders: true }, window: { workDoneProgress: true }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
      initializationOptions: { debounceMs: 20 },
    });
    await this.connection.sendNotification("initialized", {});
    return result;
  }

  open(file: string, text: string, version = 1): void {
    void this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: pathToFileURL(file).href, languageId: "typescript", version, text } });
  }

  change(file: string, text: string, version: number): void {
    void this.connection.sendNotification("textDocument/didChange", { textDocument: { uri: pathToFileURL(file).href, version }, contentChanges: [{ text }] });
  }

  /** Resolves when the predicate over received diagnostics holds (or rejects after `ms`). */
  waitFor(predicate: () => boolean, ms = 15_000): Promise<void> {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out; stderr: ${this.stderr}`)), ms);
      this.waiters.push({ predicate, resolve: () => { clearTimeout(timer); resolve(); } });
    });
  }

  diagnosticsOf(file: string): Diagnostic[] {
    return this.diagnostics.get(pathToFileURL(file).href) ?? [];
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 2000))]);
      // The server exits on this: a failed write of it (the pipe already closed) is expected.
      await this.connection.sendNotification("exit").catch(() => undefined);
    } catch {
      // the server may already be gone
    }
    this.connection.dispose();
    this.process.kill();
  }

  private check(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!w.predicate()) return true;
      w.resolve();
      return false;
    });
  }
}
