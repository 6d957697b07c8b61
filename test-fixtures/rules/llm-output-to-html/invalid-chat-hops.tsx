// Hops real chat UIs take between the answer and the HTML: a URL built by a project helper
// (lunary #983), a message object handed down as a prop from a callback's argument (NVIDIA RAG
// #522), an SSE body piped through two transform streams (ragflow #7669). The `@/` alias with no
// tsconfig `paths` is in lib/vite-app.
import { useState } from "react";
import { EventSourceParserStream } from "eventsource-parser/stream";
import ReactMarkdown from "react-markdown";
import rehypeRaw from "rehype-raw";
import { getStream } from "./lib/builder/fetcher";
import { marked } from "marked";

export function Playground({ orgId }: { orgId: string }) {
  const [output, setOutput] = useState("");
  const run = () =>
    getStream(`/orgs/${orgId}/playground`, { prompt: "hi" }, (chunk) => {
      setOutput(JSON.parse(chunk).choices[0]?.message?.content ?? "");
    });
  return (
    <div onClick={run}>
      <div dangerouslySetInnerHTML={{ __html: output }} /> {/* expect: llm-output-to-html */}
    </div>
  );
}

type Message = { role: string; content: string };

function MessageContent({ content }: { content: string }) {
  return <div dangerouslySetInnerHTML={{ __html: marked.parse(content) as string }} />; // expect: llm-output-to-html
}

function MessageBubble({ msg }: { msg: Message }) {
  return <MessageContent content={msg.content} />;
}

export function Thread({ messages }: { messages: Message[] }) {
  return <>{messages.map((m, i) => <MessageBubble key={i} msg={m} />)}</>;
}

export function Chat() {
  const [messages, setMessages] = useState<Message[]>([]);
  const onAnswer = (update: Message) => setMessages((previous) => [...previous, update]);
  const send = async () => {
    const response = await fetch("/api/generate", { method: "POST" });
    onAnswer({ role: "assistant", content: (await response.json()).answer });
  };
  return <div onClick={send}><Thread messages={messages} /></div>;
}

export function Conversation() {
  const [answer, setAnswer] = useState("");
  const ask = async () => {
    const response = await fetch("/v1/conversation/completion", { method: "POST" });
    const reader = response.body?.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream()).getReader();
    for (;;) {
      const next = await reader?.read();
      if (!next || next.done) break;
      setAnswer(JSON.parse(next.value.data).data.answer);
    }
  };
  return (
    <div onClick={ask}>
      <ReactMarkdown rehypePlugins={[rehypeRaw]}>{answer}</ReactMarkdown> {/* expect: llm-output-to-html */}
    </div>
  );
}
