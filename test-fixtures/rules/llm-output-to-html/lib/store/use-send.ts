import { useChatStore } from "./chat-store";
import { useChatStream } from "./use-chat-stream";

export const useSend = () => {
  const { updateMessage } = useChatStore();
  const { processStream } = useChatStream();
  return async (question: string) => {
    const response = await fetch(`/api/generate`, { method: "POST", body: question });
    await processStream(response, "assistant-1", updateMessage);
  };
};
