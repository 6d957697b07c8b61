// Text delivered through a model call's option callbacks: the AI SDK's `onChunk`/`onFinish` and
// xsai's `onEvent` (airi's chat store streams with xsai).
import { streamText } from "ai";
import { streamText as streamWithXsai } from "@xsai/stream-text";
import { openai } from "@ai-sdk/openai";

export async function showReply(element: HTMLElement, prompt: string) {
  await streamText({
    model: openai("gpt-4o"),
    prompt,
    onChunk({ chunk }) {
      if (chunk.type === "text") element.innerHTML += chunk.text; // expect: llm-output-to-html
    },
    onFinish: ({ text }) => {
      element.title = text;
      element.innerHTML = text; // expect: llm-output-to-html
    },
  });
}

export async function showSubtitle(element: HTMLElement, baseURL: string) {
  await streamWithXsai({
    baseURL,
    model: "llama3",
    messages: [],
    onEvent(event) {
      if (event.type === "text-delta") element.innerHTML += event.text; // expect: llm-output-to-html
    },
  });
}
