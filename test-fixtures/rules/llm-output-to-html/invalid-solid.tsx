// A Solid chat widget (FlowiseChatEmbed before PR #168): the answer kept in a signal, read as
// `messages()`, listed with `<For>`, and rendered with `innerHTML` or into an element's innerHTML.
import { createSignal, For, onMount } from "solid-js";
import { Marked } from "@ts-stack/markdown";

type Message = { message: string; type: "apiMessage" | "userMessage" };

function BotBubble(props: { message: Message }) {
  let botMessageEl: HTMLDivElement | undefined;
  onMount(() => {
    if (botMessageEl) botMessageEl.innerHTML = Marked.parse(props.message.message); // expect: llm-output-to-html
  });
  return <div ref={botMessageEl} />;
}

export function Bot(props: { apiHost: string; chatflowid: string }) {
  const [messages, setMessages] = createSignal<Message[]>([]);
  const [latest, setLatest] = createSignal("");
  const ask = async (question: string) => {
    const response = await fetch(`${props.apiHost}/api/v1/prediction/${props.chatflowid}`, { method: "POST", body: JSON.stringify({ question }) });
    const data = await response.json();
    setMessages((previous) => [...previous, { message: data.text, type: "apiMessage" }]);
    setLatest(data.text);
  };
  return (
    <div onClick={() => ask("hi")}>
      <For each={[...messages()]}>{(message) => <BotBubble message={message} />}</For>
      <p innerHTML={latest()} /> {/* expect: llm-output-to-html */}
    </div>
  );
}
