// True positives: streaming APIs and agent frameworks reaching a shell.
import { exec, execSync } from "node:child_process";
import Anthropic from "@anthropic-ai/sdk";
import { streamText } from "ai";
import { anthropic as claude } from "@ai-sdk/anthropic";
import { Mistral } from "@mistralai/mistralai";
import { CohereClient } from "cohere-ai";
import { GoogleGenAI } from "@google/genai";
import { Ollama } from "ollama";
import { createReactAgent } from "@langchain/langgraph/prebuilt";
import { ChatOpenAI } from "@langchain/openai";
import axios from "axios";

const anthropic = new Anthropic();

export async function finalText(task: string) {
  const stream = anthropic.messages.stream({ model: "claude-sonnet-4-5", max_tokens: 256, messages: [{ role: "user", content: task }] });
  const text = await stream.finalText();
  execSync(text); // expect: llm-output-to-shell
}

export function onText(task: string) {
  const stream = anthropic.messages.stream({ model: "claude-sonnet-4-5", max_tokens: 256, messages: [{ role: "user", content: task }] });
  stream.on("text", (delta) => {
    exec(delta); // expect: llm-output-to-shell
  });
}

export async function streamTextPromise(task: string) {
  const result = streamText({ model: claude("claude-sonnet-4-5"), prompt: task });
  const command = await result.text;
  execSync(command); // expect: llm-output-to-shell
}

export async function mistralStream(task: string) {
  const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
  const stream = await client.chat.stream({ model: "codestral-latest", messages: [{ role: "user", content: task }] });
  let script = "";
  for await (const event of stream) script += event.data.choices[0]?.delta.content ?? "";
  execSync(script); // expect: llm-output-to-shell
}

export async function cohereV1(task: string) {
  const cohere = new CohereClient({ token: process.env.CO_API_KEY });
  const response = await cohere.chat({ message: task });
  exec(response.text); // expect: llm-output-to-shell
}

export async function geminiChat(task: string) {
  const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
  const chat = ai.chats.create({ model: "gemini-2.5-flash" });
  const reply = await chat.sendMessage({ message: task });
  execSync(`${reply.text}`); // expect: llm-output-to-shell
}

export async function ollamaGenerate(task: string) {
  const ollama = new Ollama({ host: "http://127.0.0.1:11434" });
  const out = await ollama.generate({ model: "qwen2.5-coder", prompt: task });
  exec(out.response); // expect: llm-output-to-shell
}

export async function agentOutput(task: string) {
  const agent = createReactAgent({ llm: new ChatOpenAI({ model: "gpt-4o" }), tools: [] });
  const state = await agent.invoke({ messages: [{ role: "user", content: task }] });
  const last = state.messages[state.messages.length - 1];
  execSync(String(last.content)); // expect: llm-output-to-shell
}

export async function rawHttp(task: string) {
  const res = await axios.post("https://api.openai.com/v1/chat/completions", { model: "gpt-4o", messages: [{ role: "user", content: task }] });
  execSync(res.data.choices[0].message.content); // expect: llm-output-to-shell
}
