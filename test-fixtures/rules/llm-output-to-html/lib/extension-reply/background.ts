// The background script calls the model (no CORS limits, the key kept out of pages) and answers
// each message with the translation.
declare const chrome: { runtime: { onMessage: { addListener(listener: (message: { text: string }, sender: unknown, sendResponse: (answer: string) => void) => unknown): void } } };

async function translate(text: string): Promise<string> {
  const response = await fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body: JSON.stringify({ messages: [{ role: "user", content: text }] }) });
  const data = await response.json();
  return data.choices[0].message.content;
}

chrome.runtime.onMessage.addListener((message) => new Promise((resolve) => {
  void translate(message.text).then((answer) => resolve(answer));
}));
