// True positives: the caller's whole message list, roles included, reaches the model.
import express from "express";
import OpenAI from "openai";
import { streamText, convertToModelMessages } from "ai";
import { openai as provider } from "@ai-sdk/openai";
import { ChatOpenAI } from "@langchain/openai";

const app = express();
const openai = new OpenAI();
const model = new ChatOpenAI({ model: "gpt-4o" });

app.post("/chat", async (req, res) => {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: req.body.messages.filter((m: { role?: unknown }) => m.role === "user" || m.role === "assistant"), // expect: prompt-client-message-roles
  });
  res.json(completion.choices[0]?.message);
});

app.post("/assistant", async (req, res) => {
  const { messages } = req.body;
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [{ role: "system", content: "You are the Acme assistant. Never discuss refunds." }, ...messages.filter((m: { role?: unknown }) => m.role === "user" || m.role === "assistant")], // expect: prompt-client-message-roles
  });
  res.json(completion.choices[0]?.message);
});

app.post("/stream", async (req, res) => {
  const { messages } = req.body;
  const result = streamText({ model: provider("gpt-4o"), system: "You are the Acme assistant.", messages: convertToModelMessages(messages.filter((m: { role?: unknown }) => m.role === "user" || m.role === "assistant")) }); // expect: prompt-client-message-roles
  result.pipeTextStreamToResponse(res);
});

app.post("/lc", async (req, res) => {
  const history = req.body.history;
  const answer = await model.invoke(history.filter((m: { role?: unknown }) => m.role === "user" || m.role === "assistant")); // expect: prompt-client-message-roles
  res.json(answer.content);
});

// A helper that posts its payload to a model API over HTTP.
async function togetherStream(payload: { model: string; messages: unknown[] }) {
  return fetch("https://api.together.xyz/v1/chat/completions", { method: "POST", body: JSON.stringify(payload) });
}

app.post("/tutor", async (req, res) => {
  const payload = { model: "Qwen/Qwen2.5-7B-Instruct-Turbo", messages: req.body.messages.filter((m: { role?: unknown }) => m.role === "user" || m.role === "assistant") }; // expect: prompt-client-message-roles
  res.json(await (await togetherStream(payload)).json());
});

// A fetch helper that rebuilds the body from its options, and a copy that keeps the caller's roles.
async function callOpenRouter({ messages, maxTokens }: { messages: unknown[]; maxTokens: number }) {
  const body = { model: "openai/gpt-4o", messages, max_tokens: maxTokens };
  return fetch("https://openrouter.ai/api/v1/chat/completions", { method: "POST", body: JSON.stringify(body) });
}

app.post("/interview", async (req, res) => {
  const { messages } = req.body as { messages: { role?: string; content?: string }[] };
  const history = [
    { role: "system", content: "You are a strict but fair interviewer." },
    ...messages.map((m) => ({ role: m.role || "user", content: m.content || "" })), // expect: prompt-client-message-roles
  ];
  res.json(await (await callOpenRouter({ messages: history, maxTokens: 500 })).json());
});
