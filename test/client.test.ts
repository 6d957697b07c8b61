import assert from "node:assert/strict";
import Module from "node:module";
import path from "node:path";
import { describe, it } from "node:test";

/** A minimal stand-in of the `vscode` API and of vscode-languageclient, recording what the extension does. */
function stubs() {
  const calls = { commands: new Map<string, (...args: unknown[]) => unknown>(), executed: [] as unknown[][], opened: [] as unknown[], statusShown: false, started: false, restarted: false, stopped: false, requests: [] as unknown[][] };
  const status = { text: "", tooltip: "", command: "", show: () => (calls.statusShown = true), dispose: () => undefined };
  const notifications = new Map<string, (params: unknown) => void>();
  let clientArgs: unknown[] = [];
  const vscode = {
    StatusBarAlignment: { Left: 1 },
    window: { createOutputChannel: () => ({ appendLine: () => undefined, dispose: () => undefined }), createStatusBarItem: () => status },
    workspace: {
      createFileSystemWatcher: (glob: string) => ({ glob, dispose: () => undefined }),
      getConfiguration: () => ({ enable: true }),
      openTextDocument: async (options: unknown) => {
        calls.opened.push(options);
        return { uri: "untitled:inventory" };
      },
    },
    commands: {
      registerCommand: (name: string, handler: (...args: unknown[]) => unknown) => {
        calls.commands.set(name, handler);
        return { dispose: () => undefined };
      },
      executeCommand: async (...args: unknown[]) => calls.executed.push(args),
    },
  };
  class LanguageClient {
    constructor(...args: unknown[]) {
      clientArgs = args;
    }
    onNotification(method: string, handler: (params: unknown) => void) {
      notifications.set(method, handler);
    }
    async sendRequest(...args: unknown[]) {
      calls.requests.push(args);
      return "# Agent tools (1)";
    }
    async start() {
      calls.started = true;
    }
    async restart() {
      calls.restarted = true;
    }
    async stop() {
      calls.stopped = true;
    }
  }
  return { vscode, languageClient: { LanguageClient, TransportKind: { ipc: 1 } }, calls, status, notifications, clientArgs: () => clientArgs };
}

describe("VS Code extension activation", () => {
  it("activates in a workspace that holds only MCP configs", async () => {
    const manifest = (await import("../package.json")) as { activationEvents: string[] };
    const events = manifest.activationEvents.filter((e) => e.startsWith("workspaceContains:"));
    for (const name of [".vscode/mcp.json", ".cursor/mcp.json", ".mcp.json", "claude_desktop_config.json"]) assert.ok(events.some((e) => e.includes(name)), name);
  });

  it("starts the bundled server over IPC, registers its commands and keeps the status bar current", async () => {
    const s = stubs();
    const moduleWithLoad = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
    const originalLoad = moduleWithLoad._load;
    moduleWithLoad._load = (request, parent, isMain) => (request === "vscode" ? s.vscode : request === "vscode-languageclient/node" ? s.languageClient : originalLoad(request, parent, isMain));
    try {
      const extension = (await import("../client/extension")) as { activate: (context: unknown) => Promise<void>; deactivate: () => Promise<void> };
      const context = { subscriptions: [] as unknown[], asAbsolutePath: (p: string) => path.join("/ext", p) };
      await extension.activate(context);

      const [id, name, serverOptions, clientOptions] = s.clientArgs() as [string, string, { run: { module: string; transport: number } }, { documentSelector: { language?: string; pattern?: string }[]; synchronize: { configurationSection: string; fileEvents: { glob: string } } }];
      assert.equal(id, "llmsec");
      assert.equal(name, "llmsec");
      assert.deepEqual(serverOptions.run, { module: "/ext/dist/server.js", transport: 1 });
      assert.deepEqual(clientOptions.documentSelector.map((d) => d.language ?? d.pattern), ["typescript", "typescriptreact", "javascript", "javascriptreact", "vue", "svelte", "**/{mcp.json,.mcp.json,claude_desktop_config.json,mcp_config.json,cline_mcp_settings.json,mcp_settings.json,.gemini/settings.json}"]);
      assert.match(clientOptions.synchronize.fileEvents.glob, /mcp\.json/);
      assert.match(clientOptions.synchronize.fileEvents.glob, /\*\.svelte/);
      assert.equal(clientOptions.synchronize.configurationSection, "llmsec");
      assert.match(clientOptions.synchronize.fileEvents.glob, /llmsec\.config\.json/);
      assert.ok(s.calls.started && s.calls.statusShown);
      assert.deepEqual([...s.calls.commands.keys()], ["llmsec.scanWorkspace", "llmsec.showToolInventory", "llmsec.restartServer"]);
      assert.equal(context.subscriptions.length, 5);

      s.notifications.get("llmsec/status")?.({ errors: 2, warnings: 1 });
      assert.equal(s.status.text, "$(shield) llmsec 2 $(error) 1 $(warning)");

      await s.calls.commands.get("llmsec.scanWorkspace")?.();
      await s.calls.commands.get("llmsec.showToolInventory")?.();
      assert.deepEqual(s.calls.requests, [["llmsec/scanWorkspace"], ["llmsec/toolInventory", { format: "markdown" }]]);
      assert.deepEqual(s.calls.opened, [{ content: "# Agent tools (1)", language: "markdown" }]);
      assert.deepEqual(s.calls.executed, [["markdown.showPreview", "untitled:inventory"]]);
      await s.calls.commands.get("llmsec.restartServer")?.();
      assert.ok(s.calls.restarted);
      await extension.deactivate();
      assert.ok(s.calls.stopped);
    } finally {
      moduleWithLoad._load = originalLoad;
    }
  });
});
