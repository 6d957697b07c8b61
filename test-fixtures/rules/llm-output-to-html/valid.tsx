// Hard negatives: text rendering, sanitized HTML, constant HTML, non-model data.
import { useChat } from "@ai-sdk/react";
import DOMPurify from "dompurify";
import sanitizeHtml from "sanitize-html";
import { marked } from "marked";
import OpenAI from "openai";

export function Chat() {
  const { messages } = useChat();
  return (
    <ul>
      {messages.map((m) => (
        <li key={m.id}>{m.content}</li>
      ))}
    </ul>
  );
}

export function Sanitized() {
  const { messages } = useChat();
  const last = messages[messages.length - 1];
  const html = DOMPurify.sanitize(marked.parse(last?.content ?? "") as string);
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}

export async function sanitizedDom(question: string, target: HTMLElement) {
  const client = new OpenAI({ dangerouslyAllowBrowser: true });
  const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
  const reply = completion.choices[0].message.content ?? "";
  target.textContent = reply;
  target.innerHTML = sanitizeHtml(reply);
  target.innerHTML = "<em>thinking…</em>";
  target.innerHTML = `<span class="tokens">${completion.usage?.completion_tokens ?? 0}</span>`;
}

export function Static() {
  return <div dangerouslySetInnerHTML={{ __html: "<b>Welcome</b>" }} />;
}

export async function userProfile(target: HTMLElement) {
  const res = await fetch("/api/profile");
  const profile = await res.json();
  target.innerText = profile.name;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
export async function escaped(question: string, target: HTMLElement) {
  const client = new OpenAI({ dangerouslyAllowBrowser: true });
  const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
  target.innerHTML = `<p>${escapeHtml(completion.choices[0].message.content ?? "")}</p>`;
}

// A DOMPurify instance made for the page's window sanitizes like the default one.
const purify = DOMPurify(window);

export async function purifiedByInstance(target: HTMLElement) {
  const completion = await new OpenAI().chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Draw a widget" }] });
  target.innerHTML = purify.sanitize(completion.choices[0]?.message.content ?? "");
}
