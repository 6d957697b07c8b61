// Chat UIs whose model runs behind a backend llmsec does not see (CopilotKit's react-ui, flocks,
// chathub before their fixes): the Markdown text is a prop or state, and rehype-raw lets the HTML
// in it through with no sanitizer.
import DOMPurify from "dompurify";
import { useMemo, useState } from "react";
import ReactMarkdown from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import rehypeRaw from "rehype-raw";
import remarkGfm from "remark-gfm";

export function StreamingMarkdown({ content }: { content: string }) {
  return (
    <ReactMarkdown
      remarkPlugins={[remarkGfm]}
      rehypePlugins={[rehypeRaw, [rehypeHighlight, { detect: false }]]} // expect: llm-markdown-raw-html
    >
      {content}
    </ReactMarkdown>
  );
}

// The plugin list built once with useMemo, extra plugins spread in from the caller.
export function Markdown({ content, rehypePlugins }: { content: string; rehypePlugins?: [] }) {
  const merged = useMemo(() => [rehypeRaw, ...(rehypePlugins ?? [])], [rehypePlugins]);
  return <ReactMarkdown rehypePlugins={merged}>{content}</ReactMarkdown>; // expect: llm-markdown-raw-html
}

// Text held in state that a socket fills.
export function Transcript({ socket }: { socket: { on(event: string, listener: (text: string) => void): void } }) {
  const [text, setText] = useState("");
  socket.on("message", (chunk) => setText((previous) => previous + chunk));
  return <ReactMarkdown children={text} rehypePlugins={[rehypeRaw]} />; // expect: llm-markdown-raw-html
}

// Sanitized before Markdown (ragflow between its two fixes): Markdown then builds HTML anew from the
// sanitized text, and rehype-raw passes it on (GHSA-jv5f-3mqh-cxwf).
export function Answer({ content }: { content: string }) {
  const prepared = useMemo(() => {
    let text = DOMPurify.sanitize(content);
    if (text === "") text = "…";
    return text.replace(/<think>/g, "<section>");
  }, [content]);
  return (
    <>
      <ReactMarkdown rehypePlugins={[rehypeRaw]}>{prepared}</ReactMarkdown> {/* expect: llm-markdown-raw-html */}
      <ReactMarkdown rehypePlugins={[rehypeRaw]}>{DOMPurify.sanitize(content, { ALLOWED_TAGS: ["sup"] })}</ReactMarkdown> {/* expect: llm-markdown-raw-html */}
    </>
  );
}
