// A content script asks the background script for a translation and writes the answer into the page:
// what `runtime.sendMessage` resolves with is what the `onMessage` listener answers (FluentRead before
// its fix).

declare const chrome: { runtime: { sendMessage(message: { text: string }): Promise<string> } };

export async function translateNode(node: HTMLElement) {
  const translated = await chrome.runtime.sendMessage({ text: node.textContent ?? "" });
  node.innerHTML = translated; // expect: llm-output-to-html
}
