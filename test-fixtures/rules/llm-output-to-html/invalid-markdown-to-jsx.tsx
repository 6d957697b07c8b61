// Lumos's chat bar before its fix: markdown-to-jsx renders the model's Markdown and parses the raw
// HTML in it; with `disableParsingRawHTML` it shows it as text.
import Markdown from "markdown-to-jsx";

async function answer(): Promise<string> {
  const res = await fetch("/api/chat", { method: "POST" });
  return (await res.json()).answer;
}

export async function Reply() {
  const text = await answer();
  return (
    <div>
      <Markdown>{text}</Markdown> {/* expect: llm-output-to-html */}
      <Markdown options={{ disableParsingRawHTML: true }}>{text}</Markdown>
      <Markdown>{"**Assistant**"}</Markdown>
    </div>
  );
}
