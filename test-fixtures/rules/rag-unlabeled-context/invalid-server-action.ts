// True positive: retrieved documents handed to a "use server" action by other server code.
import { OpenAIEmbeddings } from "@langchain/openai";
import { MemoryVectorStore } from "langchain/vectorstores/memory";
import { answerFrom } from "./actions/answer";

const store = new MemoryVectorStore(new OpenAIEmbeddings());

export async function search(question: string) {
  const docs = await store.similaritySearch(question);
  return answerFrom(docs.map((d) => d.pageContent).join("\n"), question);
}
