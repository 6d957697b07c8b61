// True positives: retrieved content in user prompts without delimiters.
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { generateText, streamText } from "ai";
import { openai as aiOpenAI } from "@ai-sdk/openai";
import { ChatOpenAI, OpenAIEmbeddings } from "@langchain/openai";
import { MemoryVectorStore } from "langchain/vectorstores/memory";
import { HumanMessage } from "@langchain/core/messages";
import { Pinecone } from "@pinecone-database/pinecone";
import { ChromaClient } from "chromadb";
import { QdrantClient } from "@qdrant/js-client-rest";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import pdf from "pdf-parse";
import { searchKnowledgeBase } from "./lib/kb";

const openai = new OpenAI();
const anthropic = new Anthropic();
const model = new ChatOpenAI({ model: "gpt-4o-mini" });

export async function answerWithRetriever(question: string) {
  const store = await MemoryVectorStore.fromTexts(["a", "b"], [{}, {}], new OpenAIEmbeddings());
  const docs = await store.asRetriever(4).invoke(question);
  const context = docs.map((d) => d.pageContent).join("\n\n");
  return openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Answer using this context:\n${context}\n\nQuestion: ${question}` }], // expect: rag-unlabeled-context
  });
}

export async function pinecone(question: string, vector: number[]) {
  const index = new Pinecone().index("kb");
  const result = await index.query({ vector, topK: 5, includeMetadata: true });
  const passages = result.matches.map((m) => String(m.metadata?.text)).join("\n");
  return generateText({ model: aiOpenAI("gpt-4o"), prompt: `Use these passages: ${passages}\nQ: ${question}` }); // expect: rag-unlabeled-context
}

export async function chroma(question: string) {
  const collection = await new ChromaClient().getOrCreateCollection({ name: "docs" });
  const hits = await collection.query({ queryTexts: [question], nResults: 3 });
  const context = hits.documents[0].join("\n");
  return anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 800, messages: [{ role: "user", content: context + "\n\n" + question }] }); // expect: rag-unlabeled-context
}

export async function qdrant(question: string, vector: number[]) {
  const hits = await new QdrantClient({ url: "http://localhost:6333" }).search("kb", { vector, limit: 3 });
  const notes = hits.map((h) => h.payload?.text).join("\n");
  return streamText({ model: aiOpenAI("gpt-4o"), messages: [{ role: "user", content: `${question}\n${notes}` }] }); // expect: rag-unlabeled-context
}

export async function webPage(url: string, question: string) {
  const html = await (await fetch(url)).text();
  return model.invoke([new HumanMessage(`Summarize the page for: ${question}\n${html}`)]); // expect: rag-unlabeled-context
}

export async function uploadedPdf(file: Buffer, question: string) {
  const parsed = await pdf(file);
  return model.invoke(`Document:\n${parsed.text}\nQuestion: ${question}`); // expect: rag-unlabeled-context
}

export async function mcpToolResult(question: string) {
  const client = new Client({ name: "host", version: "1.0.0" });
  const result = await client.callTool({ name: "search", arguments: { query: question } });
  const text = result.content.map((c) => c.text).join("\n");
  return openai.responses.create({ model: "gpt-4.1", input: `Tool said: ${text}. Now answer: ${question}` }); // expect: rag-unlabeled-context
}

export async function helperInAnotherFile(question: string) {
  const articles = await searchKnowledgeBase(question);
  return generateText({ model: aiOpenAI("gpt-4o"), prompt: articles }); // expect: rag-unlabeled-context
}

export async function unclosedTag(question: string) {
  const store = new MemoryVectorStore(new OpenAIEmbeddings());
  const docs = await store.similaritySearch(question, 3);
  return generateText({ model: aiOpenAI("gpt-4o"), prompt: `<question>${question}</question> ${docs.map((d) => d.pageContent).join(" ")}` }); // expect: rag-unlabeled-context
}

export async function multiLineTemplate(question: string) {
  const store = new MemoryVectorStore(new OpenAIEmbeddings());
  const context = (await store.similaritySearch(question, 3)).map((d) => d.pageContent).join("\n");
  const prompt = `You answer questions about our product.
    Context:
    ${context}
    Question: ${question}`;
  return generateText({ model: aiOpenAI("gpt-4o"), prompt }); // expect: rag-unlabeled-context
}
