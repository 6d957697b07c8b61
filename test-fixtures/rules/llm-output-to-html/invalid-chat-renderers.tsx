// Chat UI libraries that render messages with the app's components, and headless hooks: the
// component's props and the hooks' messages hold the model's text.
"use client";
import { CopilotChat } from "@copilotkit/react-ui";
import { useCopilotChat } from "@copilotkit/react-core";
import { MessagePrimitive } from "@assistant-ui/react";
import { useStream } from "@langchain/langgraph-sdk/react";
import { marked } from "marked";

function ReplyBubble({ message }: { message?: { content?: string } }) {
  return <div dangerouslySetInnerHTML={{ __html: marked.parse(message?.content ?? "") as string }} />; // expect: llm-output-to-html
}

export function Copilot() {
  return <CopilotChat AssistantMessage={ReplyBubble} markdownTagRenderers={{ a: ({ children }: { children: string }) => <span dangerouslySetInnerHTML={{ __html: children }} /> }} />; // expect: llm-output-to-html
}

const MarkdownText = ({ text }: { text: string }) => <div dangerouslySetInnerHTML={{ __html: marked.parse(text) as string }} />; // expect: llm-output-to-html

export function Message() {
  return <MessagePrimitive.Parts components={{ Text: MarkdownText }} />;
}

export function Headless() {
  const { visibleMessages } = useCopilotChat();
  return <div dangerouslySetInnerHTML={{ __html: String(visibleMessages[0]?.content ?? "") }} />; // expect: llm-output-to-html
}

export function Graph() {
  const thread = useStream({ apiUrl: "http://localhost:2024", assistantId: "agent" });
  return <>{thread.messages.map((m) => <div key={m.id} dangerouslySetInnerHTML={{ __html: String(m.content) }} />)}</>; // expect: llm-output-to-html
}
