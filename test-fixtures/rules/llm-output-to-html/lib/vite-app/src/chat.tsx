// `@/components/…` with no `paths` in any tsconfig: Vite's own config sets the alias to `src/`.
import { useState } from "react";
import { MessageBubble } from "@/components/message-bubble";

type Message = { role: string; content: string };

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
