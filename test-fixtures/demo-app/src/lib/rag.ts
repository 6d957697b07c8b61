import { MemoryVectorStore } from "langchain/vectorstores/memory";
import { openai, CHAT_MODEL } from "./openai";

export async function answerFromDocs(store: MemoryVectorStore, question: string): Promise<string> {
  const docs = await store.similaritySearch(question, 4);
  const context = docs.map((d) => d.pageContent).join("\n---\n");
  const completion = await openai.chat.completions.create({
    model: CHAT_MODEL,
    messages: [
      // Retrieved text placed in the system role, unlabeled: an attacker who can edit a
      // document can give the model instructions.
      { role: "system", content: `You are Acme's support bot. Use this knowledge:\n${context}` }, // expect: rag-context-in-system-prompt, rag-unlabeled-context
      { role: "user", content: question },
    ],
  });
  return completion.choices[0]?.message.content ?? "";
}
