// Hard negative: a node of one graph does not read the state of another.
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

async function summarize(state: typeof State.State) {
  const reply = await model.invoke([new SystemMessage(`Summarize for a ${state.documents.length > 1000 ? "busy" : "curious"} reader.`), new HumanMessage(state.question)]);
  return { answer: String(reply.content) };
}

async function title(state: typeof State.State) {
  const reply = await model.invoke([new SystemMessage(`Write a title. Notes: ${state.documents}`), new HumanMessage("Title?")]);
  return { answer: String(reply.content) };
}

export const search = new StateGraph(State).addNode("retrieve", retrieve).addNode("summarize", summarize).compile();
export const titles = new StateGraph(State).addNode("title", title).compile();
