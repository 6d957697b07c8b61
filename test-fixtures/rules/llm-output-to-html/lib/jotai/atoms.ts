import { atom, createStore } from "jotai";

export const answerAtom = atom("");
export const messagesAtom = atom<{ role: string; content: string }[]>([]);
export const bannerAtom = atom("<b>Welcome</b>");
export const store = createStore();
