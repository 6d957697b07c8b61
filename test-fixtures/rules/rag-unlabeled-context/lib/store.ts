import { MemoryVectorStore } from "langchain/vectorstores/memory";
import { OpenAIEmbeddings } from "@langchain/openai";
export function getStore() {
  return new MemoryVectorStore(new OpenAIEmbeddings());
}
