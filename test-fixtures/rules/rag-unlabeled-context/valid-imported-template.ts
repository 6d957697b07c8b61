// Hard negatives: documents filling a labeled variable of a template defined in another module.
import { ChatOpenAI, OpenAIEmbeddings } from "@langchain/openai";
import { MemoryVectorStore } from "langchain/vectorstores/memory";
import { labeledPrompt } from "./prompts/labeled";

const llm = new ChatOpenAI({ model: "gpt-4o" });
const store = new MemoryVectorStore(new OpenAIEmbeddings());

export async function answer(question: string) {
  const docs = await store.similaritySearch(question, 4);
  const messages = await labeledPrompt.invoke({ context: docs.map((d) => d.pageContent).join("\n"), question });
  return llm.invoke(messages);
}
