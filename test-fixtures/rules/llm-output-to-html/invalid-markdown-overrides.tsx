// A Markdown component's override receives the reply's code blocks as `children`: a `mermaid` block
// rendered by mermaid at its "loose" security level puts the model's HTML into the page (chmonitor
// before its fix). The same block through the strict default is escaped (DiagramStrict).
import { useChat } from "@ai-sdk/react";
import ReactMarkdown from "react-markdown";
import { DiagramLoose } from "./lib/diagrams/DiagramLoose";
import { DiagramStrict } from "./lib/diagrams/DiagramStrict";

export function Transcript() {
  const { messages } = useChat();
  return messages.map((message) =>
    message.parts.map((part, i) =>
      part.type === "text" ? (
        <ReactMarkdown
          key={i}
          components={{
            code: ({ className, children }) =>
              className === "language-mermaid" ? <DiagramLoose chart={String(children)} /> : className === "language-graph" ? <DiagramStrict chart={String(children)} /> : <code className={className}>{children}</code>,
          }}
        >
          {part.text}
        </ReactMarkdown>
      ) : null,
    ),
  );
}
