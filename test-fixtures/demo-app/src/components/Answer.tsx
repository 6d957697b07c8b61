import { marked } from "marked";

export function Answer({ reply }: { reply: string }) {
  // Model output rendered as HTML: a reply can carry a script.
  return <div className="answer" dangerouslySetInnerHTML={{ __html: marked.parse(reply) as string }} />; // expect: llm-output-to-html
}

export function PlainAnswer({ reply }: { reply: string }) {
  return <div className="answer">{reply}</div>;
}
