"use client";
// True positives: the rules of the assistant, written in the browser and sent from there.
import { useState } from "react";
import { useChat } from "@ai-sdk/react";

const SYSTEM_PROMPT = "You are Acme's support agent. Never offer refunds and never mention the internal discount codes.";

export function SupportChat() {
  const [input, setInput] = useState("");
  const { sendMessage } = useChat();

  async function ask() {
    const response = await fetch("/api/chat", {
      method: "POST",
      body: JSON.stringify({
        messages: [
          { role: "system", content: SYSTEM_PROMPT }, // expect: prompt-system-prompt-in-client
          { role: "user", content: input },
        ],
      }),
    });
    return response.json();
  }

  function send() {
    sendMessage({ text: input }, { body: { systemPrompt: "Answer only questions about Acme products. Refuse anything else politely." } }); // expect: prompt-system-prompt-in-client
  }

  return (
    <form onSubmit={() => void ask()}>
      <input value={input} onChange={(e) => setInput(e.target.value)} />
      <button type="button" onClick={send}>Send</button>
    </form>
  );
}

function tutorPrompt(topic: string, level: string) {
  return `You are a patient tutor. Teach ${topic} to a ${level} student, one step at a time, and never give the final answer directly.`;
}

export function Tutor({ topic, level }: { topic: string; level: string }) {
  async function handleChat(messages: { role: string; content: string }[]) {
    await fetch("/api/chat", { method: "POST", body: JSON.stringify({ messages }) });
  }

  async function start(question: string) {
    const initialMessages = [
      { role: "system", content: tutorPrompt(topic, level) }, // expect: prompt-system-prompt-in-client
      { role: "user", content: question },
    ];
    await handleChat(initialMessages);
  }

  return <button type="button" onClick={() => void start("Where do I begin?")}>Start</button>;
}
