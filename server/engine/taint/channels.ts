import ts from "typescript";
import type { Catalogue } from "../catalogue";
import { analysisNodes } from "./node-index";

/** `posted`: extension, worker and window messages; `electron` and `tauri`: keyed by channel name. */
export type ChannelKind = "posted" | "electron" | "tauri";

/** A value one part of the app sends to another, and where. */
export interface SentMessage {
  readonly kind: ChannelKind;
  /** The channel name, for APIs that name one (`webContents.send("reply", x)`). */
  readonly key?: string;
  /** A channel named by a constant (`IPC.FILE.WRITE_FILE`), resolved when a receiver asks. */
  readonly keyNode?: ts.Expression;
  readonly value: ts.Expression;
  /** The send call, shown as a step of a flow. */
  readonly site: ts.CallExpression;
}

/** What decides which module an expression comes from, supplied by the evaluator. */
export type ModulesOf = (expression: ts.Expression) => readonly string[];

/**
 * Every message the files of a run send across an app's internal boundaries, indexed once per
 * run: receivers (`onMessage` listeners, `onmessage` handlers, `ipcRenderer.on`) see what all
 * senders of their channel send. Senders are found by method name and, for keyed channels, by
 * the module their receiver comes from.
 */
export class ChannelIndex {
  private sent: SentMessage[] | undefined;
  private readonly handlers = new Map<string, ts.Expression[]>();
  private readonly constantHandlers: { readonly keyNode: ts.Expression; readonly handler: ts.Expression }[] = [];
  private readonly resolvedKeys = new Map<ts.Expression, string>();
  private readonly extensionListeners: ts.Expression[] = [];

  constructor(
    private readonly catalogue: Catalogue,
    private readonly files: () => readonly string[],
    private readonly load: (file: string) => ts.SourceFile | undefined,
    private readonly textOf: (file: string) => string,
    private readonly modulesOf: ModulesOf,
    /** A channel's name: a literal, or a constant holding one (`IPC.FILE.WRITE_FILE`). */
    private readonly keyOf: (expression: ts.Expression) => string | undefined = (e) => (ts.isStringLiteralLike(e) ? e.text : undefined),
  ) {}

  messages(kind: ChannelKind, key?: string): readonly SentMessage[] {
    return this.build().filter((m) => m.kind === kind && (key === undefined || (m.key ?? this.resolve(m.keyNode)) === key));
  }

  /** Functions registered with `ipcMain.handle(key, fn)`: what `ipcRenderer.invoke(key)` resolves to. */
  /** The listeners on an extension's message events (`runtime.onMessage.addListener(fn)`), whose answers a `sendMessage` gets back. */
  extensionMessageListeners(): readonly ts.Expression[] {
    this.build();
    return this.extensionListeners;
  }

  electronHandlers(key: string): readonly ts.Expression[] {
    this.build();
    return [...(this.handlers.get(key) ?? []), ...this.constantHandlers.filter((h) => this.resolve(h.keyNode) === key).map((h) => h.handler)];
  }

  /** A constant channel name, resolved on demand (not while the index is built, which may be mid-evaluation) and kept once known. */
  private resolve(node: ts.Expression | undefined): string | undefined {
    if (!node) return undefined;
    const known = this.resolvedKeys.get(node);
    if (known !== undefined) return known;
    const key = this.keyOf(node);
    if (key !== undefined) this.resolvedKeys.set(node, key);
    return key;
  }

  private build(): SentMessage[] {
    if (this.sent) return this.sent;
    const sent: SentMessage[] = [];
    this.sent = sent;
    const channels = this.catalogue.messageChannels;
    for (const file of this.files()) {
      // A text test first: only files that can send are parsed.
      if (!/postMessage|sendMessage|electron|webContents|@tauri-apps|onMessage/.test(this.textOf(file))) continue;
      const sourceFile = this.load(file);
      if (!sourceFile || !/postMessage|sendMessage|electron|webContents|@tauri-apps|onMessage/.test(sourceFile.text)) continue;
      for (const node of analysisNodes(sourceFile)) {
        if (!ts.isCallExpression(node)) continue;
        const callee = node.expression;
        const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
        if (!method) continue;
        const receiver = ts.isPropertyAccessExpression(callee) ? callee.expression : undefined;
        // `chrome.runtime.onMessage.addListener(listener)`
        if (method === "addListener" && receiver && ts.isPropertyAccessExpression(receiver) && channels.extensionEvents.has(receiver.name.text) && node.arguments[0]) {
          this.extensionListeners.push(node.arguments[0]);
          continue;
        }
        const first = node.arguments[0];
        const literal = first && ts.isStringLiteralLike(first) ? first.text : undefined;
        const keyNode = literal === undefined && first && (ts.isPropertyAccessExpression(first) || ts.isIdentifier(first)) ? first : undefined;
        const key = literal ?? (keyNode ? "" : undefined);
        // `win.webContents.send(…)` where `win` came from elsewhere: `webContents` is Electron's own name.
        const fromElectron = (): boolean => receiver !== undefined && ((ts.isPropertyAccessExpression(receiver) && receiver.name.text === "webContents") || this.modulesOf(receiver).some((m) => channels.electronModules.has(m)));
        if (key !== undefined && channels.electronSends.has(method) && fromElectron()) {
          const value = node.arguments[1];
          if (value) sent.push({ kind: "electron", ...(keyNode ? { keyNode } : { key }), value, site: node });
          continue;
        }
        if (key !== undefined && (method === "handle" || method === "handleOnce") && fromElectron()) {
          const handler = node.arguments[1];
          if (handler && keyNode) this.constantHandlers.push({ keyNode, handler });
          else if (handler) this.handlers.set(key, [...(this.handlers.get(key) ?? []), handler]);
          continue;
        }
        if (key !== undefined && method === "emit" && this.modulesOf(callee).some((m) => channels.tauriEventModules.has(m))) {
          const value = node.arguments[1];
          if (value) sent.push({ kind: "tauri", ...(keyNode ? { keyNode } : { key }), value, site: node });
          continue;
        }
        if (channels.postMethods.has(method)) {
          const toTab = receiver !== undefined && ts.isPropertyAccessExpression(receiver) && receiver.name.text === "tabs";
          const value = node.arguments[toTab ? 1 : 0];
          if (value) sent.push({ kind: "posted", value, site: node });
        }
      }
    }
    return sent;
  }
}
