// Streamdown 1.x (declared in this package's manifest) runs rehype-raw among its default plugins,
// with no sanitizer: a reply rendered with the defaults keeps its raw HTML. Plugins passed in
// replace the defaults, so a list with rehype-sanitize is judged as written.
import { Streamdown } from "streamdown";
import rehypeSanitize from "rehype-sanitize";

export function AssistantText({ text }: { text: string }) {
  return <Streamdown className="prose">{text}</Streamdown>; // expect: llm-markdown-raw-html
}

export function SanitizedText({ text }: { text: string }) {
  return <Streamdown rehypePlugins={[rehypeSanitize]}>{text}</Streamdown>;
}
