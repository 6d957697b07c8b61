import { action, atom, map } from "nanostores";

export const answers = map<Record<string, string>>({});
export const lastAnswer = atom("");

export const getAnswer = (id: string) => answers.get()[id] || "";

// The store is the action's first parameter; the rest are what the action is called with.
export const setAnswer = action(answers, "setAnswer", (store, id: string, text: string) => {
  store.setKey(id, text);
});
