// True positives: a chain that retrieves on its own fills a template whose {context} nothing marks as data.
import { ConversationalRetrievalQAChain, RetrievalQAChain } from "langchain/chains";
import { ChatOpenAI, OpenAIEmbeddings } from "@langchain/openai";
import { PromptTemplate } from "@langchain/core/prompts";
import { MemoryVectorStore } from "langchain/vectorstores/memory";

const QA_TEMPLATE = `You are an enthusiastic assistant. Use the following pieces of context to answer the question at the end.

{context}

Question: {question}
Helpful answer in markdown:`;

const model = new ChatOpenAI({ model: "gpt-4o" });
const store = new MemoryVectorStore(new OpenAIEmbeddings());

export function conversationalChain() {
  return ConversationalRetrievalQAChain.fromLLM(model, store.asRetriever(), {
    qaTemplate: QA_TEMPLATE, // expect: rag-unlabeled-context
    returnSourceDocuments: true,
  });
}

export function qaChain() {
  return RetrievalQAChain.fromLLM(model, store.asRetriever(), {
    prompt: PromptTemplate.fromTemplate("Context:\n{context}\n\nAnswer: {question}"), // expect: rag-unlabeled-context
  });
}
