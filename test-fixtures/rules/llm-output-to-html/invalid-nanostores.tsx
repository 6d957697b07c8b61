// Model output kept in nanostores: written through an action (`setAnswer(id, text)` →
// `store.setKey(id, text)`) and with `set`, read with `get()` and with the React binding's
// `useStore` (anse's stream store).
import { useStore } from "@nanostores/react";
import OpenAI from "openai";
import { getAnswer, lastAnswer, setAnswer } from "./lib/nanostores/streams";

export async function ask(id: string, client: OpenAI) {
  const completion = await client.chat.completions.create({ model: "gpt-4o", messages: [] });
  const text = completion.choices[0]?.message.content ?? "";
  setAnswer(id, text);
  lastAnswer.set(text);
}

export function showAnswer(element: HTMLElement, id: string) {
  element.innerHTML = getAnswer(id); // expect: llm-output-to-html
}

export function LastAnswer() {
  const text = useStore(lastAnswer);
  return <div dangerouslySetInnerHTML={{ __html: text }} />; // expect: llm-output-to-html
}
