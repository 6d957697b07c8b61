// A check that a value is a URL says nothing about where it points (Desktop Commander's PDF loader).
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

function isUrl(source: string): boolean {
  return source.startsWith("http://") || source.startsWith("https://");
}

export async function loadDocument(question: string) {
  const { text: source } = await generateText({ model: openai("gpt-4o-mini"), prompt: question });
  if (isUrl(source)) {
    const response = await fetch(source); // expect: llm-output-to-url
    return response.arrayBuffer();
  }
  return undefined;
}
