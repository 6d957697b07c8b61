// The same correlation in React and Solid: `cond && <div …/>` and `<Show when={cond} fallback={…}>`
// render the sanitized branch; the element under the opposite condition shows the raw one.
import { Show } from "solid-js";
import { useChat } from "@ai-sdk/react";
import DOMPurify from "dompurify";
import { marked } from "marked";

export function Reply({ renderMarkdown }: { renderMarkdown: boolean }) {
  const { messages } = useChat();
  const text = messages.at(-1)?.content ?? "";
  const html = () => (renderMarkdown ? DOMPurify.sanitize(marked.parse(text) as string) : text);
  return (
    <>
      {renderMarkdown && <div dangerouslySetInnerHTML={{ __html: html() }} />}
      {!renderMarkdown && <div dangerouslySetInnerHTML={{ __html: html() }} />} {/* expect: llm-output-to-html */}
      <SolidReply showRaw={false} text={text} />
    </>
  );
}

export function SolidReply(props: { showRaw: boolean; text: string }) {
  const htmlString = () => (props.showRaw ? props.text : DOMPurify.sanitize(marked.parse(props.text) as string));
  return (
    <>
      <Show when={props.showRaw} fallback={<div innerHTML={htmlString()} />}>
        <div innerText={htmlString()} />
      </Show>
      <Show when={props.showRaw} fallback={<div innerHTML={props.showRaw ? props.text : htmlString()} />}>
        <div innerText={props.text} />
      </Show>
    </>
  );
}
