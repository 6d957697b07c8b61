import { useChatStore } from "./chat-store";
import { useChatStream } from "./use-chat-stream";

export const useSendMessage = () => {
  const { updateMessage } = useChatStore();
  const { processStream } = useChatStream();
  return async (question: string, assistantId: string) => {
    const res = await fetch(`/api/generate`, { method: "POST", body: JSON.stringify({ question }) });
    await processStream(res, assistantId, updateMessage);
  };
};
