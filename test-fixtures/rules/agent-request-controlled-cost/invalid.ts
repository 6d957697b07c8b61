// Cost options of model calls taken from the request as sent.
import express from "express";
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { streamText } from "ai";
import { openai as provider } from "@ai-sdk/openai";
import { ChatOpenAI } from "@langchain/openai";
import { GoogleGenerativeAI } from "@google/generative-ai";

const app = express();
const openai = new OpenAI();
const anthropic = new Anthropic();

app.post("/post", async (req, res) => {
  const { prompt, model, max_tokens, n } = req.body;
  const completion = await openai.chat.completions.create({
    model, // expect: agent-request-controlled-cost
    max_tokens, // expect: agent-request-controlled-cost
    n, // expect: agent-request-controlled-cost
    messages: [{ role: "user", content: prompt }],
  });
  res.json(completion);
});

app.post("/put", async (req, res) => {
  const body = req.body;
  const message = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: body.maxTokens, // expect: agent-request-controlled-cost
    messages: [{ role: "user", content: String(body.prompt) }],
  });
  res.json(message);
});

app.post("/patch", async (req, res) => {
  const body = req.body;
  const completion = await openai.chat.completions.create({ ...body, stream: false }); // expect: agent-request-controlled-cost, prompt-request-in-system-prompt
  res.json(completion);
});

app.post("/delete", async (req, res) => {
  const { prompt, steps } = req.body;
  const result = streamText({ model: provider("gpt-4.1"), prompt, maxSteps: steps }); // expect: agent-request-controlled-cost
  result.pipeTextStreamToResponse(res);
});

// A chat model built per request: every later call costs what the caller chose.
app.post("/langchain", async (req, res) => {
  const llm = new ChatOpenAI({ model: req.body.model, temperature: 0 }); // expect: agent-request-controlled-cost
  res.json(await llm.invoke(String(req.body.question)));
});

app.post("/gemini", async (req, res) => {
  const { prompt, maxOutputTokens } = req.body;
  const generationConfig = { temperature: 0.2, maxOutputTokens }; // expect: agent-request-controlled-cost
  const chat = new GoogleGenerativeAI(process.env.GEMINI_API_KEY ?? "").getGenerativeModel({ model: "gemini-2.5-flash" }).startChat({ generationConfig });
  res.json(await chat.sendMessage(String(prompt)));
});

// The request's body is the options: the caller chooses everything.
app.post("/whole", async (req, res) => {
  res.json(await openai.chat.completions.create(req.body)); // expect: agent-request-controlled-cost
});
