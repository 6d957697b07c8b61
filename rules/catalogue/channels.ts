/**
 * Boundaries inside an app that carry values between its own parts: extension messaging
 * (`runtime.sendMessage`, `port.postMessage` → `onMessage.addListener`), worker and window
 * messages (`postMessage` → `onmessage`, `e.data`), Electron IPC (`webContents.send(ch, x)` →
 * `ipcRenderer.on(ch, (e, x) => …)`, `ipcRenderer.invoke(ch)` ← `ipcMain.handle(ch, …)`) and Tauri
 * events (`emit(ev, x)` → `listen(ev, (e) => e.payload)`). What one side sends, the other receives.
 */
import type { FeedParser } from "../../server/engine/catalogue";
export const messageChannels = {
  /** Sends whose message is the first argument, except where the receiver is `tabs` (`tabs.sendMessage(tabId, msg)`). */
  postMethods: new Set(["postMessage", "sendMessage"]),
  /** Listeners on these events receive the message itself: `runtime.onMessage.addListener((msg) => …)`. */
  extensionEvents: new Set(["onMessage", "onMessageExternal"]),
  /** `runtime.sendMessage(msg)` / `tabs.sendMessage(tab, msg)` resolve with what an `onMessage` listener answers (returns, resolves or passes to `sendResponse`). */
  extensionSendReceivers: new Set(["runtime", "tabs"]),
  /** Electron's IPC modules: sends and listeners are keyed by a channel name. */
  electronModules: new Set(["electron", "electron/main", "electron/renderer", "electron/common"]),
  electronSends: new Set(["send", "sendSync", "invoke", "reply", "sendTo", "postMessage"]),
  electronListeners: new Set(["on", "once", "handle", "handleOnce", "addListener"]),
  tauriEventModules: new Set(["@tauri-apps/api/event"]),
  /**
   * Electron's `ipcRenderer` as a preload script puts it on `window`: `window.electron.ipcRenderer`
   * (@electron-toolkit/preload's `electronAPI`), `window.ipcRenderer` (vite-plugin-electron's template).
   */
  exposedIpcRenderers: [["electron", "ipcRenderer"], ["ipcRenderer"]] as readonly (readonly string[])[],
} as const;

export const feedParsers: readonly FeedParser[] = [
  { modules: ["eventsource-parser"], exportName: "createParser", callbackProperties: ["onEvent", "onMessage"], feedMethod: "feed", field: "data" },
];
