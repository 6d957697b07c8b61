// Raw-HTML Markdown that is not this rule's: sanitized, limited, the app's own text, an options
// object llmsec cannot read, or text traced to a model (llm-output-to-html reports that one).
import MarkdownToJsx from "markdown-to-jsx";
import ReactMarkdown from "react-markdown";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import changelog from "./CHANGELOG.md?raw";

const intro = "**Welcome.** Ask me anything.";

export function Safe({ content, options }: { content: string; options: object }) {
  return (
    <div>
      <ReactMarkdown rehypePlugins={[rehypeRaw, rehypeSanitize]}>{content}</ReactMarkdown>
      <ReactMarkdown rehypePlugins={[rehypeRaw]} skipHtml>{content}</ReactMarkdown>
      <ReactMarkdown rehypePlugins={[rehypeRaw]} allowedElements={["p", "em", "strong"]}>{content}</ReactMarkdown>
      <ReactMarkdown rehypePlugins={[rehypeRaw]}>{intro}</ReactMarkdown>
      <ReactMarkdown rehypePlugins={[rehypeRaw]}>{`${intro}\n\n---`}</ReactMarkdown>
      <ReactMarkdown rehypePlugins={[rehypeRaw]}>{changelog}</ReactMarkdown>
      <ReactMarkdown>{content}</ReactMarkdown>
      <MarkdownToJsx options={{ disableParsingRawHTML: true }}>{content}</MarkdownToJsx>
      <MarkdownToJsx options={options}>{content}</MarkdownToJsx>
      <MarkdownToJsx>{"# Help"}</MarkdownToJsx>
    </div>
  );
}

async function reply(): Promise<string> {
  const res = await fetch("/api/chat", { method: "POST" });
  return (await res.json()).answer;
}

export async function Traced() {
  const text = await reply();
  return <ReactMarkdown rehypePlugins={[rehypeRaw]}>{text}</ReactMarkdown>; // expect: llm-output-to-html
}
