import { MemoryVectorStore } from "langchain/vectorstores/memory";
import { OpenAIEmbeddings } from "@langchain/openai";

const store = new MemoryVectorStore(new OpenAIEmbeddings());

export async function searchKnowledgeBase(query: string): Promise<string> {
  const docs = await store.similaritySearch(query, 4);
  return docs.map((d) => `# ${d.metadata.title}\n${d.pageContent}`).join("\n\n");
}
