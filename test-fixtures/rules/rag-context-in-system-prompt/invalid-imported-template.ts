// True positives: documents filling the system variable of a template defined in another module.
import { ChatOpenAI } from "@langchain/openai";
import { MemoryVectorStore } from "langchain/vectorstores/memory";
import { OpenAIEmbeddings } from "@langchain/openai";
import { createStuffDocumentsChain } from "langchain/chains/combine_documents";
import { ragPrompt } from "./prompts/rag-prompt";

export class RagService {
  private promptTemplate: unknown;
  private readonly llm = new ChatOpenAI({ model: "gpt-4o" });
  private readonly store = new MemoryVectorStore(new OpenAIEmbeddings());

  constructor() {
    this.promptTemplate = ragPrompt;
  }

  async answer(question: string) {
    const docs = await this.store.similaritySearch(question, 4);
    const context = docs.map((d) => d.pageContent).join("\n");
    const messages = await (this.promptTemplate as typeof ragPrompt).invoke({ context, question }); // expect: rag-context-in-system-prompt, rag-unlabeled-context
    return this.llm.invoke(messages);
  }

  async answerWithChain(question: string) {
    const chain = await createStuffDocumentsChain({ llm: this.llm, prompt: ragPrompt });
    const docs = await this.store.asRetriever().invoke(question);
    return chain.invoke({ context: docs, question }); // expect: rag-context-in-system-prompt, rag-unlabeled-context
  }
}
