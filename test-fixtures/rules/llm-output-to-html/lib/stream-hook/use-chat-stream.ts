import { useRef, useState } from "react";
import type { ChatMessage } from "./chat-store";

interface StreamState {
  content: string;
  error: string | null;
  isTyping: boolean;
}

/** A hook whose state is written from the stream it reads, and whose reader is handed the store's action. */
export const useChatStream = () => {
  const [streamState, setStreamState] = useState<StreamState>({ content: "", error: null, isTyping: false });
  const abortControllerRef = useRef<AbortController | null>(null);

  const startStream = () => {
    const controller = new AbortController();
    abortControllerRef.current = controller;
    setStreamState({ content: "", error: null, isTyping: true });
    return controller;
  };

  const stopStream = () => {
    abortControllerRef.current?.abort();
    setStreamState((previous) => ({ ...previous, isTyping: false }));
  };

  const processStream = async (response: Response, assistantId: string, updateMessage: (id: string, update: Partial<ChatMessage>) => void) => {
    const reader = response.body?.getReader();
    if (!reader) throw new Error("no body");
    const decoder = new TextDecoder();
    let buffer = "";
    let content = "";
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines) {
          if (!line.startsWith("data: ")) continue;
          const delta = JSON.parse(line.slice(6)).choices?.[0]?.delta?.content;
          if (delta) content += delta;
          updateMessage(assistantId, { content });
        }
      }
      setStreamState({ content, error: null, isTyping: false });
    } catch (error) {
      setStreamState((previous) => ({ ...previous, error: String(error), isTyping: false }));
      throw error;
    } finally {
      reader.releaseLock();
    }
  };

  return { streamState, startStream, stopStream, processStream, isStreaming: streamState.isTyping };
};
