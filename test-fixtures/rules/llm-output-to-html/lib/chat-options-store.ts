// A Pinia options store: `state`, `getters` and `actions`, with `this` the store in actions.
import { defineStore } from "pinia";

export const useChatStore = defineStore("chat", {
  state: () => ({ chat: [] as { text: string }[], banner: "<b>Welcome</b>" }),
  getters: {
    last(): { text: string } | undefined {
      return this.chat[this.chat.length - 1];
    },
  },
  actions: {
    addChat(item: { text: string }) {
      this.chat.push(item);
    },
  },
});
