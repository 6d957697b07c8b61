// Server-sent events over POST with sse.js (silverbullet-ai's chat panel): each event's data is the answer.
import { SSE } from "sse.js";

export function stream(baseUrl: string, question: string, el: HTMLElement) {
  const source = new SSE(`${baseUrl}/chat/completions`, { payload: JSON.stringify({ messages: [{ role: "user", content: question }] }) });
  source.addEventListener("message", (e: { data: string }) => {
    el.innerHTML += e.data; // expect: llm-output-to-html
  });
  source.stream();
}
