import { ChatPromptTemplate } from "@langchain/core/prompts";
export const qaTemplate = ChatPromptTemplate.fromMessages([
  ["system", "Answer using this context: {context}"],
  ["human", "{question}"],
]);
