// assistant-ui's state, read through selectors: the last tool call's `code` argument (model-written
// HTML) in an unsandboxed frame is script in the app's origin.
import { useAuiState, useMessagePart } from "@assistant-ui/react";

export function ArtifactPreview() {
  const call = useAuiState((s) => s.thread.messages.flatMap((m) => m.content.filter((part) => part.type === "tool-call")).at(-1));
  const running = useAuiState((s) => s.thread.isRunning);
  return (
    <div>
      <iframe srcDoc={call?.args.code} /> {/* expect: llm-output-to-html */}
      <iframe srcDoc={call?.args.code} sandbox="allow-scripts" />
      <span dangerouslySetInnerHTML={{ __html: running ? "<i>working</i>" : "" }} />
    </div>
  );
}

export function PartHtml() {
  const text = useMessagePart((part) => part.text);
  return <div dangerouslySetInnerHTML={{ __html: text }} />; // expect: llm-output-to-html
}
