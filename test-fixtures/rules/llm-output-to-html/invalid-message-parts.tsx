// AI SDK 5 messages hold their text in parts: flattened with flatMap, the last part is the reply.
import { useChat } from "@ai-sdk/react";

export function LastPart() {
  const { messages } = useChat();
  const last = messages.flatMap((message) => message.parts).at(-1);
  return <div dangerouslySetInnerHTML={{ __html: last?.type === "text" ? last.text : "" }} />; // expect: llm-output-to-html
}

export function PartCount() {
  const { messages } = useChat();
  const count = messages.flatMap((message) => message.parts).length;
  return <div dangerouslySetInnerHTML={{ __html: `<b>${count}</b> parts` }} />;
}
