// Cost options set by the server, clamped, or chosen from an allow-list.
import express from "express";
import OpenAI from "openai";
import { ChatOpenAI } from "@langchain/openai";

const app = express();
const openai = new OpenAI();
const ALLOWED_MODELS = ["gpt-4.1-mini", "gpt-4.1"];
const MAX_TOKENS = 2048;

app.post("/post", async (req, res) => {
  const { prompt, model, max_tokens } = req.body;
  if (!ALLOWED_MODELS.includes(model)) return res.status(400).send("unknown model");
  const completion = await openai.chat.completions.create({
    model,
    max_tokens: Math.min(Number(max_tokens) || 512, MAX_TOKENS),
    messages: [{ role: "user", content: prompt }],
  });
  res.json(completion);
});

app.post("/put", async (req, res) => {
  const { prompt, tokens } = req.body;
  if (tokens > MAX_TOKENS) return res.status(400).send("too many tokens");
  const completion = await openai.chat.completions.create({
    model: process.env.MODEL ?? "gpt-4.1-mini",
    max_tokens: tokens,
    n: 1,
    messages: [{ role: "user", content: prompt }],
  });
  res.json(completion);
});

app.post("/patch", async (req, res) => {
  const { prompt, model } = req.body;
  const chosen = ALLOWED_MODELS.includes(model) ? model : "gpt-4.1-mini";
  const completion = await openai.chat.completions.create({ model: chosen, max_tokens: 512, messages: [{ role: "user", content: prompt }] });
  res.json(completion);
});

// A response object that echoes the request is no model call.
app.post("/get", async (req, res) => {
  const { model } = req.body;
  res.json({ model, max_tokens: 0 });
});

// The model is the server's; the caller picks only the temperature.
app.post("/langchain", async (req, res) => {
  const llm = new ChatOpenAI({ model: "gpt-4.1-mini", maxTokens: 1024, temperature: Number(req.body.temperature) });
  res.json(await llm.invoke(String(req.body.question)));
});
