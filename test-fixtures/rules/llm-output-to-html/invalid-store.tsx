// NVIDIA RAG #522's shape: a streamed answer written into a zustand store through an action passed
// to a stream helper, read by a component and rendered as HTML.
import { useChatStore } from "./lib/store/chat-store";

export const Messages = () => {
  const { messages } = useChatStore();
  return <div>{messages.map((m) => <div key={m.id} dangerouslySetInnerHTML={{ __html: m.content }} />)}</div>; // expect: llm-output-to-html
};

export const Latest = () => {
  const latest = useChatStore((state) => state.messages[state.messages.length - 1]);
  return <p>{latest?.content}</p>;
};
