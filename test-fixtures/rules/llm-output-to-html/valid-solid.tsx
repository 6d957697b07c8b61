// The fix of FlowiseChatEmbed PR #168: @ts-stack/markdown told to escape raw HTML. `innerHTML` on a
// component is only a prop, and a signal read as text is safe.
import { createSignal, For, onMount } from "solid-js";
import { Marked } from "@ts-stack/markdown";

Marked.setOptions({ isNoP: true, sanitize: true });

type Message = { message: string };

function BotBubble(props: { message: Message }) {
  let botMessageEl: HTMLDivElement | undefined;
  onMount(() => {
    if (botMessageEl) botMessageEl.innerHTML = Marked.parse(props.message.message);
  });
  return <div ref={botMessageEl} />;
}

function Preview(props: { innerHTML: string }) {
  return <pre>{props.innerHTML}</pre>;
}

export function Bot(props: { apiHost: string; chatflowid: string }) {
  const [messages, setMessages] = createSignal<Message[]>([]);
  const [latest, setLatest] = createSignal("");
  const ask = async (question: string) => {
    const response = await fetch(`${props.apiHost}/api/v1/prediction/${props.chatflowid}`, { method: "POST", body: JSON.stringify({ question }) });
    const data = await response.json();
    setMessages((previous) => [...previous, { message: data.text }]);
    setLatest(data.text);
  };
  return (
    <div onClick={() => ask("hi")}>
      <For each={messages()}>{(message) => <BotBubble message={message} />}</For>
      <Preview innerHTML={latest()} />
      <p>{latest()}</p>
    </div>
  );
}
