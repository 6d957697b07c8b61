// Lumos before its fix: markdown-to-jsx parses the raw HTML in messages that arrive over
// extension messaging from a background script llmsec is not shown.
import Markdown from "markdown-to-jsx";

export function Message({ message }: { message: { content: string } }) {
  return (
    <div>
      <Markdown options={{ disableParsingRawHTML: true }}>{message.content}</Markdown> {/* expect: llm-markdown-raw-html */}
      <Markdown options={{ disableParsingRawHTML: true, forceBlock: true }}>{message.content}</Markdown> {/* expect: llm-markdown-raw-html */}
      <Markdown options={{ disableParsingRawHTML: true }} children={message.content} /> {/* expect: llm-markdown-raw-html */}
    </div>
  );
}
