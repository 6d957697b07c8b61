// chatgpt-web-share before its fix: text joined in a loop, then rewritten in place
// (`result = fixMath(result)`), then rendered. The write reads the value before it replaces it.
import { marked } from "marked";

function rawText(message: { content: string | { content_type: string; text?: string } }): string {
  if (typeof message.content == "string") return message.content;
  else if (message.content.content_type == "text") return message.content.text || "";
  return `${message.content}`;
}

function joinText(messages: { content: string }[]) {
  let result = "";
  for (let i = 0; i < messages.length; i++) {
    const text = rawText(messages[i]!);
    result += text;
  }
  result = fixMath(result);
  return result;
}

function fixMath(input: string) {
  let output = input.replace(/\\\[([\s\S]*?)\\\]/g, (_m, c) => `$$${c}$$`);
  output = output.replace(/\\\((.*?)\\\)/g, (_m, c) => `$${c}$`);
  return output;
}

export async function show(el: HTMLElement) {
  const res = await fetch("/api/chat");
  const messages: { content: string }[] = [];
  messages.push(await res.json());
  el.innerHTML = marked.parse(joinText(messages)) as string; // expect: llm-output-to-html
}
