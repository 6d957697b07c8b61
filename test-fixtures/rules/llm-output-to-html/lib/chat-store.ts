// A Pinia setup store holding AI SDK 5 chats (ai-playground's openAiCompatibleChat store).
import { defineStore } from "pinia";
import { Chat } from "@ai-sdk/vue";
import { DefaultChatTransport } from "ai";
import { computed, ref } from "vue";

export const useChatStore = defineStore("chat", () => {
  const chat = new Chat({ transport: new DefaultChatTransport({ api: "/api/chat" }) });
  const title = ref("Assistant");
  const messages = computed(() => chat.messages);
  return { messages, title };
});
