import { create } from "zustand";
export interface Msg { id: string; content: string }
export const useChatStore = create<{ messages: Msg[]; updateMessage: (id: string, u: Partial<Msg>) => void }>((set) => ({
  messages: [],
  updateMessage: (id, update) => set((s) => ({ messages: s.messages.map((m) => (m.id === id ? { ...m, ...update } : m)) })),
}));
