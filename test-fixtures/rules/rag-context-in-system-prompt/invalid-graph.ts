// True positive: a LangGraph node retrieves documents, another puts them in the system prompt.
import { StateGraph, Annotation } from "@langchain/langgraph";
import { ChatOpenAI, OpenAIEmbeddings } from "@langchain/openai";
import { MemoryVectorStore } from "langchain/vectorstores/memory";
import { SystemMessage, HumanMessage } from "@langchain/core/messages";

const store = new MemoryVectorStore(new OpenAIEmbeddings());
const model = new ChatOpenAI({ model: "gpt-4o" });
const State = Annotation.Root({ question: Annotation<string>(), documents: Annotation<string>(), answer: Annotation<string>() });

async function retrieve(state: typeof State.State) {
  const docs = await store.similaritySearch(state.question);
  return { documents: docs.map((d) => d.pageContent).join("\n") };
}

async function generate(state: typeof State.State) {
  const reply = await model.invoke([new SystemMessage(`Answer from: ${state.documents}`), new HumanMessage(state.question)]); // expect: rag-context-in-system-prompt, rag-unlabeled-context
  return { answer: String(reply.content) };
}

export const graph = new StateGraph(State).addNode("retrieve", retrieve).addNode("generate", generate).addEdge("__start__", "retrieve").addEdge("retrieve", "generate").compile();
