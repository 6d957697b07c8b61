// Hard negatives for chat front ends: escaped or sanitized answers, text rendering, raw HTML with
// a sanitizing plugin, and responses of endpoints that do not answer with model output.
import DOMPurify from "dompurify";
import ReactMarkdown from "react-markdown";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import { marked } from "marked";

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export async function escapedBeforeUse(target: HTMLElement) {
  const data = await (await fetch("/api/chat")).json();
  let text: string = data.response;
  text = escapeHtml(text);
  text = text.replace(/\n/g, "<br>");
  target.innerHTML = text;
}

export async function sanitizedStream(target: HTMLElement) {
  const response = await fetch("/api/generate", { method: "POST" });
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let answer = "";
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    answer += decoder.decode(value);
    target.innerHTML = DOMPurify.sanitize(marked.parse(answer) as string);
  }
}

export function textOnly(threadId: string, target: HTMLElement) {
  const events = new EventSource(`/api/chat/${threadId}/events`);
  events.onmessage = (event) => {
    target.textContent += event.data;
  };
}

export async function notAChatEndpoint(target: HTMLElement) {
  const profile = await (await fetch("/api/users/me")).json();
  target.innerHTML = `<b>${profile.displayName}</b>`;
}

export const SafeMarkdown = ({ content }: { content: string }) => (
  <ReactMarkdown rehypePlugins={[rehypeRaw, rehypeSanitize]}>{content}</ReactMarkdown>
);

export const PlainMarkdown = ({ content }: { content: string }) => <ReactMarkdown>{content}</ReactMarkdown>;

export async function Answer({ question }: { question: string }) {
  const data = await (await fetch("/api/chat", { method: "POST", body: question })).json();
  return (
    <>
      <SafeMarkdown content={data.answer} />
      <PlainMarkdown content={data.answer} />
    </>
  );
}

// A static file whose name has a chat word is not an answer.
export async function loadConfig(target: HTMLElement) {
  const config = await (await fetch("dist/llm-chat-config.json")).json();
  target.innerHTML = config.welcomeHtml;
}

// Usage reports about agents are not their answers (WRAI.TH's `/api/token-usage/agent`).
export async function showUsage(target: HTMLElement, project: string) {
  const rows = await (await fetch(`/api/token-usage/agent?project=${project}`)).json();
  target.innerHTML = rows.map((row: { agent: string; tokens: number }) => `<li>${row.agent}: ${row.tokens}</li>`).join("");
}
