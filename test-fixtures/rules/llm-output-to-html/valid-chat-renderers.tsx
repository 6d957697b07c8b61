// The same chat libraries rendering safely: text as text, HTML through DOMPurify, and a component
// the library gives a fixed label rather than the reply.
"use client";
import { CopilotChat } from "@copilotkit/react-ui";
import { useCopilotChat } from "@copilotkit/react-core";
import { MessagePrimitive } from "@assistant-ui/react";
import DOMPurify from "dompurify";
import { marked } from "marked";

function ReplyBubble({ message }: { message?: { content?: string } }) {
  return <div>{message?.content}</div>;
}

const SafeMarkdown = ({ text }: { text: string }) => <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(marked.parse(text) as string) }} />;

const Banner = ({ title }: { title: string }) => <div dangerouslySetInnerHTML={{ __html: `<b>${title.replace(/</g, "&lt;")}</b>` }} />;

export function Copilot() {
  return <CopilotChat AssistantMessage={ReplyBubble} />;
}

export function Message() {
  return (
    <>
      <Banner title="Assistant" />
      <MessagePrimitive.Parts components={{ Text: SafeMarkdown }} />
    </>
  );
}

export function Headless() {
  const { visibleMessages } = useCopilotChat();
  return <p>{String(visibleMessages[0]?.content ?? "")}</p>;
}
