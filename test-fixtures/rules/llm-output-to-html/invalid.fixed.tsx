// True positives: model output rendered as HTML, in React and in the DOM.
import { useChat } from "@ai-sdk/react";
import { useCompletion } from "ai/react";
import { marked } from "marked";
import OpenAI from "openai";
import { GoogleGenerativeAI } from "@google/generative-ai";

export function Chat() {
  const { messages } = useChat();
  return (
    <ul>
      {messages.map((m) => (
        <li key={m.id}>{m.content}</li> // expect: llm-output-to-html
      ))}
    </ul>
  );
}

export function Completion() {
  const { completion } = useCompletion({ api: "/api/complete" });
  const html = marked.parse(completion) as string;
  return <article className="prose">{html}</article>; // expect: llm-output-to-html
}

// A component receives model output through a prop.
function Answer({ reply }: { reply: string }) {
  return <div className="answer">{reply}</div>; // expect: llm-output-to-html
}

export async function renderAnswer(question: string) {
  const client = new OpenAI({ dangerouslyAllowBrowser: true });
  const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
  return <Answer reply={completion.choices[0].message.content ?? ""} />;
}

export async function domInsert(question: string, target: HTMLElement) {
  const res = await fetch("/api/chat", { method: "POST", body: JSON.stringify({ question }) });
  const data = await res.json();
  target.textContent = data.choices[0].message.content; // expect: llm-output-to-html
}

export async function streamingDom(question: string, target: HTMLElement) {
  const client = new OpenAI({ dangerouslyAllowBrowser: true });
  const stream = await client.chat.completions.create({ model: "gpt-4o", stream: true, messages: [{ role: "user", content: question }] });
  for await (const chunk of stream) {
    target.textContent += chunk.choices[0]?.delta?.content ?? ""; // expect: llm-output-to-html
  }
}

export async function gemini(question: string) {
  const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY ?? "");
  const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash" });
  const result = await model.generateContent(question);
  const text = result.response.text();
  document.getElementById("out")?.insertAdjacentHTML("beforeend", marked.parse(text) as string); // expect: llm-output-to-html
  document.write(`<p>${text}</p>`); // expect: llm-output-to-html
}

export async function anthropicViaRoute(question: string, el: Element) {
  const response = await fetch("/api/claude", { method: "POST", body: question });
  const json = await response.json();
  el.outerHTML = `<section>${json.content[0].text}</section>`; // expect: llm-output-to-html
}
