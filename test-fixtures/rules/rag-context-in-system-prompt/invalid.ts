// True positives: retrieved content in the system role.
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { generateText } from "ai";
import { anthropic as claude } from "@ai-sdk/anthropic";
import { ChatOpenAI, OpenAIEmbeddings } from "@langchain/openai";
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { SystemMessage, HumanMessage } from "@langchain/core/messages";
import { MemoryVectorStore } from "langchain/vectorstores/memory";
import { createClient } from "@supabase/supabase-js";

const openai = new OpenAI();
const anthropic = new Anthropic();
const store = new MemoryVectorStore(new OpenAIEmbeddings());
const model = new ChatOpenAI({ model: "gpt-4o" });

export async function openaiSystem(question: string) {
  const docs = await store.similaritySearch(question);
  const context = docs.map((d) => d.pageContent).join("\n");
  return openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: `You are a helpful assistant.\n<documents>\n${context}\n</documents>` }, // expect: rag-context-in-system-prompt
      { role: "user", content: question },
    ],
  });
}

export async function anthropicSystem(question: string) {
  const docs = await store.similaritySearch(question);
  return anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1000,
    system: `Knowledge:\n${docs.map((d) => d.pageContent).join("\n")}`, // expect: rag-context-in-system-prompt, rag-unlabeled-context
    messages: [{ role: "user", content: question }],
  });
}

export async function aiSdkSystem(question: string) {
  const { data } = await createClient("https://x.supabase.co", "anon").rpc("match_documents", { query: question });
  const snippets = (data ?? []).map((row: { content: string }) => row.content).join("\n");
  return generateText({ model: claude("claude-haiku-4-5"), system: `<kb>${snippets}</kb>`, prompt: question }); // expect: rag-context-in-system-prompt
}

export async function langchainSystemMessage(question: string) {
  const docs = await store.similaritySearch(question);
  return model.invoke([new SystemMessage(`Context: ${docs[0].pageContent}`), new HumanMessage(question)]); // expect: rag-context-in-system-prompt, rag-unlabeled-context
}

export async function langchainTemplate(question: string) {
  const prompt = ChatPromptTemplate.fromMessages([
    ["system", "Answer with the following context:\n{context}"],
    ["human", "{question}"],
  ]);
  const chain = prompt.pipe(model);
  const docs = await store.asRetriever().invoke(question);
  return chain.invoke({ context: docs.map((d) => d.pageContent).join("\n"), question }); // expect: rag-context-in-system-prompt, rag-unlabeled-context
}

export async function responsesInstructions(question: string) {
  const page = await (await fetch("https://example.com/policy")).text();
  return openai.responses.create({ model: "gpt-4.1", instructions: `Follow this policy: ${page}`, input: question }); // expect: rag-context-in-system-prompt, rag-unlabeled-context
}
