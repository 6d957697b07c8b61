// A chat answer kept in a Redux Toolkit slice (lib/redux): pushed by a reducer from the payload of
// its action creator, or set from an async thunk's result, and read with a selector.
import { useDispatch } from "react-redux";
import { addMessage, sendMessage, setBanner } from "./lib/redux/chat-slice";
import { useAppSelector } from "./lib/redux/hooks";

export function Chat() {
  const dispatch = useDispatch();
  const messages = useAppSelector((s) => s.chat.messages);
  const banner = useAppSelector((s) => s.chat.banner);
  const lastAnswer = useAppSelector((s) => s.chat.lastAnswer);
  const ask = async (question: string) => {
    const res = await fetch("/api/chat", { method: "POST", body: JSON.stringify({ question }) });
    dispatch(addMessage({ role: "assistant", content: (await res.json()).answer }));
    dispatch(setBanner("<b>Answered</b>"));
  };
  return (
    <div onClick={() => ask("hi")}>
      <header dangerouslySetInnerHTML={{ __html: banner }} />
      <p dangerouslySetInnerHTML={{ __html: lastAnswer }} /> {/* expect: llm-output-to-html */}
      {messages.map((m, i) => (
        <p key={i} dangerouslySetInnerHTML={{ __html: m.content }} /> // expect: llm-output-to-html
      ))}
      <button onClick={() => dispatch(sendMessage("again") as never)}>again</button>
    </div>
  );
}
