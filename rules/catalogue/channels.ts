/**
 * Boundaries inside an app that carry values between its own parts: extension messaging
 * (`runtime.sendMessage`, `port.postMessage` → `onMessage.addListener`), worker and window
 * messages (`postMessage` → `onmessage`, `e.data`), Electron IPC (`webContents.send(ch, x)` →
 * `ipcRenderer.on(ch, (e, x) => …)`, `ipcRenderer.invoke(ch)` ← `ipcMain.handle(ch, …)`) and Tauri
 * events (`emit(ev, x)` → `listen(ev, (e) => e.payload)`). What one side sends, the other receives.
 */
export const messageChannels = {
  /** Sends whose message is the first argument, except where the receiver is `tabs` (`tabs.sendMessage(tabId, msg)`). */
  postMethods: new Set(["postMessage", "sendMessage"]),
  /** Listeners on these events receive the message itself: `runtime.onMessage.addListener((msg) => …)`. */
  extensionEvents: new Set(["onMessage", "onMessageExternal"]),
  /** Electron's IPC modules: sends and listeners are keyed by a channel name. */
  electronModules: new Set(["electron", "electron/main", "electron/renderer", "electron/common"]),
  electronSends: new Set(["send", "sendSync", "invoke", "reply", "sendTo", "postMessage"]),
  electronListeners: new Set(["on", "once", "handle", "handleOnce", "addListener"]),
  tauriEventModules: new Set(["@tauri-apps/api/event"]),
} as const;
