import * as path from "node:path";
import { commands, StatusBarAlignment, window, workspace, type ExtensionContext } from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

const languages = ["typescript", "typescriptreact", "javascript", "javascriptreact", "vue", "svelte"];

/** MCP client configs, selected by the file names their clients read (VS Code opens them as JSON with comments). */
const mcpConfigPattern = "**/{mcp.json,.mcp.json,claude_desktop_config.json,mcp_config.json,cline_mcp_settings.json,mcp_settings.json,.gemini/settings.json}";

/** Starts the bundled llmsec language server and adds the commands and the status bar item. */
export async function activate(context: ExtensionContext): Promise<void> {
  const output = window.createOutputChannel("llmsec", { log: true });
  const status = window.createStatusBarItem(StatusBarAlignment.Left, 100);
  status.text = "$(shield) llmsec";
  status.tooltip = "llmsec: security findings in LLM code";
  status.command = "workbench.actions.view.problems";
  status.show();

  const serverModule = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6009"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...languages.map((language) => ({ scheme: "file", language })), { scheme: "file", pattern: mcpConfigPattern }],
    synchronize: {
      configurationSection: "llmsec",
      fileEvents: workspace.createFileSystemWatcher("**/{llmsec.config.json,tsconfig*.json,jsconfig*.json,*.ts,*.tsx,*.mts,*.cts,*.js,*.jsx,*.mjs,*.cjs,*.vue,*.svelte,mcp.json,.mcp.json,claude_desktop_config.json,mcp_config.json,cline_mcp_settings.json,mcp_settings.json,settings.json}"),
    },
    initializationOptions: workspace.getConfiguration("llmsec"),
    outputChannel: output,
  };
  client = new LanguageClient("llmsec", "llmsec", serverOptions, clientOptions);
  client.onNotification("llmsec/status", (counts: { errors: number; warnings: number }) => {
    status.text = counts.errors + counts.warnings === 0 ? "$(shield) llmsec" : `$(shield) llmsec ${counts.errors} $(error) ${counts.warnings} $(warning)`;
    status.tooltip = `llmsec: ${counts.errors} errors, ${counts.warnings} warnings in the workspace`;
  });

  context.subscriptions.push(
    output,
    status,
    commands.registerCommand("llmsec.scanWorkspace", () => client?.sendRequest("llmsec/scanWorkspace")),
    commands.registerCommand("llmsec.showToolInventory", async () => {
      const markdown = await client?.sendRequest<string>("llmsec/toolInventory", { format: "markdown" });
      const document = await workspace.openTextDocument({ content: markdown ?? "No agent tools found.", language: "markdown" });
      await commands.executeCommand("markdown.showPreview", document.uri);
    }),
    commands.registerCommand("llmsec.restartServer", async () => {
      output.appendLine("Restarting the llmsec server");
      await client?.restart();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
