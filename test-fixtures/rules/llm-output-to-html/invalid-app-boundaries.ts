// Model output crossing the app's own boundaries before it is rendered: extension messaging from the
// background script to a content script (chatgpt-google-extension #12), Electron IPC both ways.
import { ipcMain, ipcRenderer, BrowserWindow } from "electron";
import OpenAI from "openai";
const openai = new OpenAI();
declare const port2: chrome.runtime.Port;
chrome.runtime.onConnect.addListener((port) => {
  port.onMessage.addListener(async (msg) => {
    const c = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: msg.question }] });
    port.postMessage({ answer: c.choices[0].message.content });
  });
});
export function content(el: HTMLElement) {
  // The question the page sends is not model output: no finding where only it arrives.
  port2.onMessage.addListener((msg) => { el.textContent = msg.question; });
  const port = chrome.runtime.connect();
  port.onMessage.addListener((msg) => { el.innerHTML = `<pre>${msg.answer}</pre>`; }); // expect: llm-output-to-html
  port.postMessage({ question: "hi" });
}
ipcMain.handle("ask", async (_e, q: string) => {
  const c = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: q }] });
  return c.choices[0].message.content;
});
export async function renderer(el: HTMLElement) {
  el.innerHTML = await ipcRenderer.invoke("ask", "hello"); // expect: llm-output-to-html
  ipcRenderer.on("reply", (_event, text: string) => { el.innerHTML = text; }); // expect: llm-output-to-html
}
export async function main(win: BrowserWindow) {
  const c = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "x" }] });
  win.webContents.send("reply", c.choices[0].message.content);
}

// Channels named by constants (witsy's `IPC.FILE.WRITE_FILE`): matched by the names they hold.
const IPC = { CHAT: { ANSWER: "chat:answer", ASK: "chat:ask" }, STATUS: "status" } as const;
ipcMain.handle(IPC.CHAT.ASK, async (_e, q: string) => {
  const c = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: q }] });
  return c.choices[0].message.content;
});
export async function constantChannels(win: BrowserWindow, el: HTMLElement) {
  const c = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "x" }] });
  win.webContents.send(IPC.CHAT.ANSWER, c.choices[0].message.content);
  win.webContents.send(IPC.STATUS, "<b>ready</b>");
  ipcRenderer.on(IPC.CHAT.ANSWER, (_event, text: string) => { el.innerHTML = text; }); // expect: llm-output-to-html
  ipcRenderer.on(IPC.STATUS, (_event, text: string) => { el.innerHTML = text; });
  el.innerHTML = await ipcRenderer.invoke(IPC.CHAT.ASK, "hello"); // expect: llm-output-to-html
}

// The renderer of an electron-vite app reaches `ipcRenderer` through what its preload exposed
// (`window.electron.ipcRenderer`, `window.ipcRenderer`), not through an import.
declare global {
  interface Window {
    electron: { ipcRenderer: { on(channel: string, listener: (event: unknown, ...args: any[]) => void): void } };
    ipcRenderer: { on(channel: string, listener: (event: unknown, ...args: any[]) => void): void };
  }
}
export function exposedRenderer(el: HTMLElement) {
  window.electron.ipcRenderer.on(IPC.CHAT.ANSWER, (_event, text: string) => { el.innerHTML = text; }); // expect: llm-output-to-html
  window.ipcRenderer.on("reply", (_event, text: string) => { el.innerHTML = text; }); // expect: llm-output-to-html
  window.electron.ipcRenderer.on(IPC.STATUS, (_event, text: string) => { el.innerHTML = text; });
}
