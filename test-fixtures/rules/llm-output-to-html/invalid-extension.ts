// chatgpt-google-extension #12 in miniature: the background script streams the answer through an
// SSE helper and posts it to the content script, which puts it in innerHTML.
import { fetchSSE } from "./lib/fetch-sse";

async function getAnswer(question: string, callback: (answer: string) => void) {
  await fetchSSE("https://chat.example.com/backend-api/conversation", {
    method: "POST",
    body: JSON.stringify({ question }),
    onMessage(message) {
      if (message === "[DONE]") return;
      const text = JSON.parse(message).message?.content?.parts?.[0];
      if (text) callback(text);
    },
  });
}

chrome.runtime.onConnect.addListener((port) => {
  port.onMessage.addListener(async (msg: { question: string }) => {
    await getAnswer(msg.question, (answer) => port.postMessage({ answer }));
  });
});

export function contentScript(container: HTMLElement, question: string) {
  const port = chrome.runtime.connect();
  port.onMessage.addListener((msg: { answer?: string }) => {
    if (msg.answer) container.innerHTML = `<p>${msg.answer}</p>`; // expect: llm-output-to-html
  });
  port.postMessage({ question });
}
