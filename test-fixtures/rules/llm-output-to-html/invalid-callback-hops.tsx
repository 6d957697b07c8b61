// anything-llm before 9e2d144: the streamed answer reaches a callback handed over in an options
// object and passed on again, then a default-exported forwardRef component renders it as HTML.
import { useState } from "react";
import Workspace from "./lib/workspace/workspace-model";
import ChatHistory from "./lib/workspace/chat-history";

export function ChatContainer({ slug }: { slug: string }) {
  const [chatHistory, setChatHistory] = useState<{ content: string }[]>([]);
  const send = (prompt: string) =>
    Workspace.multiplexStream({
      slug,
      prompt,
      chatHandler: (chatResult) => setChatHistory((previous) => [...previous, { content: chatResult.textResponse }]),
    });
  return (
    <div onClick={() => send("hi")}>
      <ChatHistory history={chatHistory} />
    </div>
  );
}
