// Next.js App Router: the request body writes the persona.
import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function POST(req: Request) {
  const { messages, persona } = await req.json();
  const result = streamText({ model: openai("gpt-4o"), system: `You are ${persona}. Stay in character.`, messages }); // expect: prompt-request-in-system-prompt, prompt-client-message-roles
  return result.toTextStreamResponse();
}

export async function GET(req: Request, { params }: { params: Promise<{ style: string }> }) {
  const { style } = await params;
  const q = new URL(req.url).searchParams.get("q") ?? "";
  const result = streamText({ model: openai("gpt-4o"), system: `Write in the style of ${style}.`, prompt: q }); // expect: prompt-request-in-system-prompt
  return result.toTextStreamResponse();
}

// Not a handler: only exports named by an HTTP method are.
export function buildPrompt(topic: string) {
  return streamText({ model: openai("gpt-4o"), system: `You write about ${topic}.`, prompt: "Begin." });
}
