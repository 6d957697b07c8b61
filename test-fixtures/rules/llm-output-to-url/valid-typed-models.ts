// Typed SDK objects whose results are not model text: an embeddings model's vectors, a chain's
// token usage, and a model's output sent to a fixed origin.
import type { Embeddings } from "@langchain/core/embeddings";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import OpenAI from "openai";

export async function vectors(embeddings: Embeddings, text: string) {
  const [vector] = await embeddings.embedDocuments([text]);
  return fetch(`https://vectors.example.com/${vector?.length ?? 0}`);
}

export async function summarize(model: BaseChatModel, text: string) {
  const reply = await model.invoke(text);
  return fetch("https://api.example.com/summaries", { method: "POST", body: String(reply.content) });
}

export async function usage(client: OpenAI) {
  const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] });
  return fetch(`https://metrics.example.com/tokens/${completion.usage?.total_tokens ?? 0}`);
}
