// SvelteKit endpoint: the event's request and URL are the caller's.
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function POST({ request, url }: { request: Request; url: URL }) {
  const { question } = await request.json();
  const role = url.searchParams.get("role") ?? "assistant";
  const { text } = await generateText({ model: openai("gpt-4o"), system: `You are the ${role}.`, prompt: question }); // expect: prompt-request-in-system-prompt
  return new Response(text);
}
