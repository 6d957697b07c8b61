// NVIDIA RAG before PR #522: the stream reader is a hook's function whose own state depends on
// what it reads, so finding who calls it meets the hook's value still being computed; the answer
// reaches the page through the hook's state and through the store action the reader is handed.
import { marked } from "marked";
import { useChatStore, type ChatMessage } from "./lib/stream-hook/chat-store";
import { useChatStream } from "./lib/stream-hook/use-chat-stream";

export function LiveAnswer() {
  const { streamState } = useChatStream();
  return <div dangerouslySetInnerHTML={{ __html: streamState.content }} />; // expect: llm-output-to-html
}

function MessageContent({ content }: { content: string }) {
  return <div dangerouslySetInnerHTML={{ __html: marked.parse(content) as string }} />; // expect: llm-output-to-html
}

function ChatMessageBubble({ msg }: { msg: ChatMessage }) {
  return <MessageContent content={msg.content} />;
}

export default function Chat() {
  const { messages } = useChatStore();
  return <>{messages.map((msg) => <ChatMessageBubble key={msg.id} msg={msg} />)}</>;
}
