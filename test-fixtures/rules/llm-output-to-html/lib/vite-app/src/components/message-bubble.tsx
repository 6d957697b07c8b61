// Reached through the `@/` alias with no tsconfig `paths`: Vite, Umi and Next set it up in their own config.
import { marked } from "marked";

export function MessageContent({ content }: { content: string }) {
  return <div dangerouslySetInnerHTML={{ __html: marked.parse(content) as string }} />; // expect: llm-output-to-html
}

/** The whole message object as a prop; the child reads its field. */
export function MessageBubble({ msg }: { msg: { role: string; content: string } }) {
  return <MessageContent content={msg.content} />;
}
