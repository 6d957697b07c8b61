// True positives: message lists built in variables, spread into the call, or filled by push.
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { streamText } from "ai";
import { openai as openaiProvider } from "@ai-sdk/openai";
import { Pinecone } from "@pinecone-database/pinecone";

const openai = new OpenAI();
const anthropic = new Anthropic();
const index = new Pinecone().index("docs");

async function retrieve(): Promise<string> {
  const result = await index.query({ vector: [0.1, 0.2], topK: 3, includeMetadata: true });
  return result.matches.map((m) => String(m.metadata?.text)).join("\n");
}

export async function heldInVariable(question: string) {
  const context = await retrieve();
  const messages = [
    { role: "system" as const, content: `Answer from this context: ${context}` }, // expect: rag-context-in-system-prompt, rag-unlabeled-context
    { role: "user" as const, content: question },
  ];
  return openai.chat.completions.create({ model: "gpt-4o", messages });
}

export async function spreadIntoTheCall(history: { role: "user"; content: string }[]) {
  const context = await retrieve();
  const prompt = [{ role: "system", content: `START CONTEXT BLOCK ${context} END OF CONTEXT BLOCK` }]; // expect: rag-context-in-system-prompt, rag-unlabeled-context
  return streamText({ model: openaiProvider("gpt-4o"), messages: [...prompt, ...history] as never });
}

export async function filledByPush(question: string) {
  const context = await retrieve();
  const messages: { role: "system" | "user"; content: string }[] = [];
  messages.push({ role: "system", content: `Use these notes: ${context}` }); // expect: rag-context-in-system-prompt, rag-unlabeled-context
  messages.push({ role: "user", content: question });
  return openai.chat.completions.create({ model: "gpt-4o", messages });
}

export async function contentParts(question: string) {
  const context = await retrieve();
  const messages = [{ role: "user" as const, content: [{ type: "text" as const, text: `Notes: ${context}` }, { type: "text" as const, text: question }] }]; // expect: rag-unlabeled-context
  return anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 500, messages });
}
