// True positives: model output kept in React state, class-based services, injected clients.
import { useState } from "react";
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";

export function Assistant() {
  const [answer, setAnswer] = useState("");
  async function ask(question: string) {
    const res = await fetch("/api/chat", { method: "POST", body: JSON.stringify({ question }) });
    const data = await res.json();
    setAnswer(data.choices[0].message.content);
  }
  return (
    <section>
      <button onClick={() => ask("hi")}>Ask</button>
      <div>{answer}</div> {/* expect: llm-output-to-html */}
    </section>
  );
}

export function Streaming() {
  const [text, setText] = useState("");
  async function run(question: string) {
    const client = new OpenAI({ dangerouslyAllowBrowser: true });
    const stream = await client.chat.completions.create({ model: "gpt-4o", stream: true, messages: [{ role: "user", content: question }] });
    for await (const chunk of stream) setText((previous) => previous + (chunk.choices[0]?.delta?.content ?? ""));
  }
  return <output onClick={() => run("go")}>{text}</output>; // expect: llm-output-to-html
}

class Assistant2 {
  private readonly client = new Anthropic({ dangerouslyAllowBrowser: true });
  async reply(question: string): Promise<string> {
    const message = await this.client.messages.create({ model: "claude-haiku-4-5", max_tokens: 400, messages: [{ role: "user", content: question }] });
    const textBlock = message.content.find((block) => block.type === "text");
    return textBlock && textBlock.type === "text" ? textBlock.text : "";
  }
}

export async function classService(question: string, el: HTMLElement) {
  const assistant = new Assistant2();
  el.textContent = await assistant.reply(question); // expect: llm-output-to-html
}

// A client injected through a constructor parameter: recognized by its call shape.
export class ChatPanel {
  constructor(private readonly openai: OpenAI, private readonly el: HTMLElement) {}
  async show(question: string) {
    const completion = await this.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
    this.el.textContent = completion.choices[0].message.content ?? ""; // expect: llm-output-to-html
  }
}
