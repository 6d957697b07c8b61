// The streaming placeholder: push an empty message, then append each chunk through the element
// found again (zmlix/chatgpt-web before its fix). The list's elements hold what is appended.
import { marked } from "marked";

interface Message { id: number; role: string; text: string }
const messages: Message[] = [];

function append(id: number, chunk: string) {
  const message = messages.find((m) => m.id === id);
  if (message) message.text += chunk;
}

export function listen(source: EventSource) {
  messages.push({ id: 1, role: "assistant", text: "" });
  source.onmessage = (e) => append(1, JSON.parse(e.data).choices[0].delta.content);
}

export function render(el: HTMLElement) {
  el.innerHTML = messages.map((m) => marked.parse(m.text) as string).join(""); // expect: llm-output-to-html
  const last = messages[messages.length - 1]!;
  last.role = "assistant";
  el.title = last.role;
}

// Written through an alias with the app's own text only: nothing to report.
const notes: { body: string }[] = [{ body: "" }];
export function note(el: HTMLElement) {
  const first = notes.at(0);
  if (first) first.body = "<b>Saved</b>";
  el.innerHTML = notes.map((n) => n.body).join("");
}
