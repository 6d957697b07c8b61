// A chat answer kept in Jotai atoms (written in lib/jotai/asker.tsx) and rendered as HTML.
import { useAtom, useAtomValue } from "jotai";
import { answerAtom, bannerAtom, messagesAtom } from "./lib/jotai/atoms";

export function Answer() {
  const answer = useAtomValue(answerAtom);
  const [messages] = useAtom(messagesAtom);
  const banner = useAtomValue(bannerAtom);
  return (
    <div>
      <header dangerouslySetInnerHTML={{ __html: banner }} />
      <p dangerouslySetInnerHTML={{ __html: answer }} /> {/* expect: llm-output-to-html */}
      {messages.map((m, i) => (
        <p key={i} dangerouslySetInnerHTML={{ __html: m.content }} /> // expect: llm-output-to-html
      ))}
    </div>
  );
}
