import ReactMarkdown from "react-markdown";
import rehypeRaw from "rehype-raw";

interface Props { content: string; allowRawHtml?: boolean }

// Raw HTML only where a use asks for it.
export const Renderer = ({ content, allowRawHtml = false }: Props) => (
  <ReactMarkdown rehypePlugins={allowRawHtml ? [rehypeRaw] : undefined}>{content}</ReactMarkdown> // expect: llm-markdown-raw-html
);

export function SafeRenderer(props: { content: string; unsafeHtml?: boolean }) {
  return <ReactMarkdown rehypePlugins={props.unsafeHtml ? [rehypeRaw] : []}>{props.content}</ReactMarkdown>;
}
