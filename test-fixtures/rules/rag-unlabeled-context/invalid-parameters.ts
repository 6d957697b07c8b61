// True positives: retrievers and stores handed in as typed parameters or built by a helper in another module.
import OpenAI from "openai";
import type { VectorStoreRetriever } from "@langchain/core/vectorstores";
import type { VectorStore } from "@langchain/core/vectorstores";
import { getStore } from "./lib/store";
const openai = new OpenAI();
export async function typed(retriever: VectorStoreRetriever, q: string) {
  const docs = await retriever.invoke(q);
  return openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `Notes: ${docs.map((d) => d.pageContent).join("\n")}` }] }); // expect: rag-unlabeled-context
}
export async function typedStore(store: VectorStore, q: string) {
  const docs = await store.similaritySearch(q);
  return openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `Notes: ${docs.map((d) => d.pageContent).join("\n")}` }] }); // expect: rag-unlabeled-context
}
export async function helper(q: string) {
  const docs = await getStore().asRetriever().invoke(q);
  return openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `Notes: ${docs.map((d) => d.pageContent).join("\n")}` }] }); // expect: rag-unlabeled-context
}
async function answer(retriever: { invoke(q: string): Promise<{ pageContent: string }[]> }, q: string) {
  const docs = await retriever.invoke(q);
  return openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `Notes: ${docs.map((d) => d.pageContent).join("\n")}` }] }); // expect: rag-unlabeled-context
}
export const viaParam = (q: string) => answer(getStore().asRetriever(), q);
