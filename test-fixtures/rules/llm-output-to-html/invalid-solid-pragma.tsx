/** @jsxImportSource solid-js */
// anse's Markdown component before its fix: Solid's `innerHTML` in a component that imports nothing
// from solid-js (the JSX is compiled for Solid); the answer accumulated on an object with `+=`.
export async function answer() {
  const result = { content: "" };
  const res = await fetch("/api/chat", { method: "POST" });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    result.content += decoder.decode(value);
  }
  return result.content;
}

export function Markdown(props: { text: string }) {
  return <div class="prose" innerHTML={props.text} />; // expect: llm-output-to-html
}

export async function Message() {
  return <Markdown text={await answer()} />;
}
