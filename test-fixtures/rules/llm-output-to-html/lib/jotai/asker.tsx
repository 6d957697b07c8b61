import { useAtom, useSetAtom } from "jotai";
import { answerAtom, bannerAtom, messagesAtom, store } from "./atoms";

/** Writes the answer of the chat endpoint into atoms, through both kinds of setter and the store. */
export function Asker() {
  const setAnswer = useSetAtom(answerAtom);
  const [, setMessages] = useAtom(messagesAtom);
  const setBanner = useSetAtom(bannerAtom);
  const ask = async (question: string) => {
    const res = await fetch("/api/chat", { method: "POST", body: JSON.stringify({ question }) });
    const data = await res.json();
    setAnswer(data.answer);
    setMessages((previous) => [...previous, { role: "assistant", content: data.answer }]);
    setBanner("<b>Answered</b>");
    store.set(answerAtom, data.answer);
  };
  return <button onClick={() => ask("hi")}>ask</button>;
}
