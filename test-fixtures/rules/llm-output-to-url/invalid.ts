// True positives: model-chosen URLs requested by the server.
import axios from "axios";
import { ChatOpenAI } from "@langchain/openai";
import Anthropic from "@anthropic-ai/sdk";

const model = new ChatOpenAI({ model: "gpt-4o-mini" });
const anthropic = new Anthropic();

export async function browse(question: string) {
  const reply = await model.invoke(`Which URL answers: ${question}`);
  const page = await fetch(String(reply.content)); // expect: llm-output-to-url
  return page.text();
}

export async function webhook(event: string) {
  const msg = await anthropic.messages.create({ model: "claude-haiku-4-5", max_tokens: 100, messages: [{ role: "user", content: event }] });
  for (const block of msg.content) {
    if (block.type === "tool_use") await axios.post(block.input.url, { event }); // expect: llm-output-to-url
  }
}

export async function lookup(question: string) {
  const reply = await model.invoke(question);
  const url = new URL(`/search?q=${reply.text}`, reply.text);
  return fetch(url); // expect: llm-output-to-url
}
