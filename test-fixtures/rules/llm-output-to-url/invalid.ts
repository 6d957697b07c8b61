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

// After a configured base, the model's text comes before any `?`: it can change the host
// (`.evil.example/` after `https://api.example.com`) or the path.
declare const endpoint: { url: string };
export async function modelPathAfterBase(question: string) {
  const reply = await model.invoke(question);
  return fetch(endpoint.url + String(reply.content) + "?format=json"); // expect: llm-output-to-url
}

export async function modelQueryMarkerInside(question: string) {
  const reply = await model.invoke(question);
  return fetch(`${endpoint.url}${reply.text}?page=1`); // expect: llm-output-to-url
}

// A constant origin with no path after it: the model's text continues the host name.
const API_HOST = "https://api.example.com";
export async function hostSuffix(question: string) {
  const reply = await model.invoke(question);
  const url = `${API_HOST}${reply.text}`;
  return fetch(url); // expect: llm-output-to-url
}

// A scheme and two slashes from clean text, then the model's host.
export async function modelHostAfterScheme(question: string) {
  const reply = await model.invoke(question);
  const scheme = "https:";
  return fetch(`${scheme}//${reply.text}/status`); // expect: llm-output-to-url
}
