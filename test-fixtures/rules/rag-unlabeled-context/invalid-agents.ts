// True positives: retrieved text handed to an agent with nothing marking it as data.
import { ToolLoopAgent } from "ai";
import { Agent as MastraAgent } from "@mastra/core/agent";
import { openai } from "@ai-sdk/openai";

const agent = new ToolLoopAgent({ model: openai("gpt-4o"), instructions: "Answer from the page.", tools: {} });
const mastra = new MastraAgent({ name: "reader", instructions: "Answer from the page.", model: openai("gpt-4o") });

export async function answerFromPage(url: string, question: string) {
  const page = await (await fetch(url)).text();
  const { text } = await agent.generate({ prompt: `${page}\n\nQuestion: ${question}` }); // expect: rag-unlabeled-context
  return text;
}

export async function answerWithMastra(url: string, question: string) {
  const page = await (await fetch(url)).text();
  return mastra.generate({ messages: [{ role: "user", content: `${page}\n\nQuestion: ${question}` }] }); // expect: rag-unlabeled-context
}
