// True positives: LangChain sequences, templates from another module, openai-edge and LlamaIndex.
import { ChatOpenAI, OpenAIEmbeddings } from "@langchain/openai";
import { MemoryVectorStore } from "langchain/vectorstores/memory";
import { RunnableSequence, RunnablePassthrough } from "@langchain/core/runnables";
import { StringOutputParser } from "@langchain/core/output_parsers";
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { qaTemplate } from "./lib/qa-template";
import { Configuration, OpenAIApi } from "openai-edge";
import { VectorStoreIndex, Settings } from "llamaindex";

const store = new MemoryVectorStore(new OpenAIEmbeddings());
const model = new ChatOpenAI({ model: "gpt-4o" });

const prompt = ChatPromptTemplate.fromMessages([["system", "Context: {context}"], ["human", "{question}"]]);

export async function seq(question: string) {
  const retriever = store.asRetriever();
  const chain = RunnableSequence.from([
    { context: retriever.pipe((docs) => docs.map((d) => d.pageContent).join("\n")), question: new RunnablePassthrough() }, // expect: rag-context-in-system-prompt, rag-unlabeled-context
    prompt,
    model,
    new StringOutputParser(),
  ]);
  return chain.invoke(question);
}

export async function imported(question: string) {
  const docs = await store.similaritySearch(question);
  const chain = qaTemplate.pipe(model);
  return chain.invoke({ context: docs.map((d) => d.pageContent).join("\n"), question }); // expect: rag-context-in-system-prompt, rag-unlabeled-context
}

const openai = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY }));
export async function edge(question: string) {
  const docs = await store.similaritySearch(question);
  return openai.createChatCompletion({ model: "gpt-4o", messages: [{ role: "system", content: `Context: ${docs[0]?.pageContent}` }, { role: "user", content: question }] }); // expect: rag-context-in-system-prompt, rag-unlabeled-context
}

export async function llama(question: string, index: VectorStoreIndex) {
  const nodes = await index.asRetriever().retrieve({ query: question });
  const context = nodes.map((n) => n.node.getContent()).join("\n");
  return Settings.llm.chat({ messages: [{ role: "system", content: `Context: ${context}` }, { role: "user", content: question }] }); // expect: rag-context-in-system-prompt, rag-unlabeled-context
}
