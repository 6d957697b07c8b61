"use client";
import { useChat } from "@ai-sdk/react";
import { marked } from "marked";

export function ChatWindow() {
  const { messages } = useChat();
  return (
    <div className="chat">
      {messages.map((m) =>
        m.role === "assistant" ? (
          // Model output rendered as HTML: a reply can carry a script.
          <div key={m.id} className="answer" dangerouslySetInnerHTML={{ __html: marked.parse(m.content) as string }} /> // expect: llm-output-to-html
        ) : (
          <div key={m.id} className="question">{m.content}</div>
        ),
      )}
    </div>
  );
}
