// True positive: LlamaIndex retrieval into a PromptTemplate variable with no delimiters.
import { PromptTemplate, Settings, VectorStoreIndex } from "llamaindex";

const qa = new PromptTemplate({ template: "Context information is below.\n{context}\nAnswer: {query}" });

export async function ask(index: VectorStoreIndex, query: string) {
  const nodes = await index.asRetriever().retrieve({ query });
  const prompt = qa.format({ context: nodes.map((n) => n.node.getContent()).join("\n"), query }); // expect: rag-unlabeled-context
  return Settings.llm.complete({ prompt });
}
