// Chat front ends whose backend is elsewhere: the answer of a chat endpoint, read as a stream,
// as SSE or as JSON, rendered as HTML (the shapes of NVIDIA RAG #522, OpenVoiceUI #22,
// anything-llm 9e2d144, ChatGPTBox 35cb508).
import { memo, useMemo } from "react";
import { fetchEventSource } from "@microsoft/fetch-event-source";
import ReactMarkdown from "react-markdown";
import rehypeRaw from "rehype-raw";
import markdownIt from "markdown-it";
import { marked } from "marked";

const md = markdownIt({ html: true });

async function readStream(response: Response, target: HTMLElement) {
  const reader = response.body?.getReader();
  if (!reader) return;
  const decoder = new TextDecoder();
  let answer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (const line of decoder.decode(value, { stream: true }).split("\n")) {
      if (!line.startsWith("data: ")) continue;
      answer += JSON.parse(line.slice(6)).choices?.[0]?.delta?.content ?? "";
      target.innerHTML = marked.parse(answer) as string; // expect: llm-output-to-html
    }
  }
}

export async function ask(question: string, target: HTMLElement) {
  const response = await fetch("/api/generate", { method: "POST", body: JSON.stringify({ question }) });
  await readStream(response, target);
}

export function follow(threadId: string, target: HTMLElement) {
  const events = new EventSource(`/api/chat/${threadId}/events`);
  events.onmessage = (event) => {
    target.insertAdjacentHTML("beforeend", event.data); // expect: llm-output-to-html
  };
}

export async function streamChat(slug: string, target: HTMLElement) {
  await fetchEventSource(`/workspace/${slug}/stream-chat`, {
    method: "POST",
    onmessage(event) {
      const chunk = JSON.parse(event.data);
      target.innerHTML = md.render(chunk.textResponse); // expect: llm-output-to-html
    },
  });
}

// A LangServe backend's streamed run log (chat-langchain's UI): `/chat/stream_log`.
export async function streamRunLog(apiBaseUrl: string, target: HTMLElement) {
  await fetchEventSource(apiBaseUrl + "/chat/stream_log", {
    method: "POST",
    onmessage(message) {
      target.innerHTML = md.render(JSON.parse(message.data).ops[0].value); // expect: llm-output-to-html
    },
  });
}

export async function answerOnce(question: string, target: HTMLElement) {
  const data = await (await fetch(`/api/ask?q=${encodeURIComponent(question)}`)).json();
  let text: string = data.response;
  text = text.replace(/\n/g, "<br>");
  target.innerHTML = text; // expect: llm-output-to-html
}

export const Reply = memo(function Reply({ text }: { text: string }) {
  const html = useMemo(() => marked.parse(text) as string, [text]);
  return <div dangerouslySetInnerHTML={{ __html: html }} />; // expect: llm-output-to-html
});

export const RawMarkdown = ({ content }: { content: string }) => (
  <ReactMarkdown rehypePlugins={[rehypeRaw]}>{content}</ReactMarkdown> // expect: llm-output-to-html
);

export async function Answer({ question }: { question: string }) {
  const data = await (await fetch("/api/chat", { method: "POST", body: question })).json();
  return (
    <>
      <Reply text={data.answer} />
      <RawMarkdown content={data.answer} />
    </>
  );
}

// A helper that streams any URL, called for a chat endpoint, hands each chunk to a callback;
// named server-sent events.
async function getStream(url: string, onChunk: (item: { choices: { message: { content: string } }[] }) => void) {
  const response = await fetch(url, { method: "POST" });
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    onChunk(JSON.parse(new TextDecoder().decode(value)));
  }
}

export async function playground(target: HTMLElement) {
  await getStream("/api/chat/playground", (item) => {
    target.innerHTML = item.choices[0]?.message.content ?? ""; // expect: llm-output-to-html
  });
}

export function namedEvents(target: HTMLElement) {
  const events = new EventSource("/api/chat/events");
  events.addEventListener("response", (event) => {
    target.innerHTML = event.data; // expect: llm-output-to-html
  });
}

// Pieces cut out of the answer by a `replace` callback (an artifact parser): the group is the reply's text,
// the offset a number.
export async function svgArtifacts(target: HTMLElement) {
  const data = await (await fetch("/api/chat")).json();
  const reply: string = data.response;
  reply.replace(/<svg-artifact>([\s\S]*?)<\/svg-artifact>/g, (_match, body: string, offset: number) => {
    target.innerHTML = body; // expect: llm-output-to-html
    target.dataset.offset = String(offset);
    target.innerHTML = `<span data-at="${offset}"></span>`;
    return "";
  });
}

// …but what the textarea gives back is the answer with its entities decoded: `&lt;img onerror&gt;` is markup again.
export async function decodedThenRendered(target: HTMLElement) {
  const data = await (await fetch("/api/chat")).json();
  const area = document.createElement("textarea");
  area.innerHTML = data.response;
  target.innerHTML = area.value; // expect: llm-output-to-html
}

// A jQuery selection held in a constant, then given the answer as HTML.
declare const $: (selector: string) => { html(markup: string): void; find(selector: string): { html(markup: string): void } };

export async function cachedSelection() {
  const data = await (await fetch("/api/chat")).json();
  const messageText = $("#chat .mes_text").find(".last");
  messageText.html(data.response); // expect: llm-output-to-html
}
