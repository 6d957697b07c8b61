// A RAG prompt kept in its own module, its text in a constant.
import { ChatPromptTemplate } from "@langchain/core/prompts";

const SYSTEM_TEMPLATE = `You are a support assistant. Answer from the context below.

Available context:
{context}`;

export const ragPrompt = ChatPromptTemplate.fromMessages([
  ["system", SYSTEM_TEMPLATE],
  ["human", "{question}"],
]);
