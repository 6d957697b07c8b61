import { forwardRef } from "react";
import markdownIt from "markdown-it";

const markdown = markdownIt({ html: true });

function PromptReply({ reply }: { reply: string }) {
  return <span dangerouslySetInnerHTML={{ __html: markdown.render(reply) }} />; // expect: llm-output-to-html
}

/** Default-exported through forwardRef with no name of its own: importers call it what they like. */
export default forwardRef<HTMLDivElement, { history: { content: string }[] }>(function ({ history }, ref) {
  return <div ref={ref}>{history.map((item, i) => <PromptReply key={i} reply={item.content} />)}</div>;
});
