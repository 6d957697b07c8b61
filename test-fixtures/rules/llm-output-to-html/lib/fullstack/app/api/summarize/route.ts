// A Next.js route answering with model output; its path names no chat word.
import { openai } from "@ai-sdk/openai";
import { streamText } from "ai";

export async function POST(req: Request) {
  const { text } = await req.json();
  const result = streamText({ model: openai("gpt-4o-mini"), prompt: `Summarize in three bullet points:\n${text}` });
  return result.toTextStreamResponse();
}
