// True positives: an agent's instructions written by the caller.
import express from "express";
import { ToolLoopAgent } from "ai";
import { Agent, run } from "@openai/agents";
import { openai } from "@ai-sdk/openai";
import { createAgent } from "langchain";
import { GoogleGenAI } from "@google/genai";

const app = express();

app.post("/agent", async (req, res) => {
  const agent = new ToolLoopAgent({
    model: openai("gpt-4o"),
    instructions: `You are ${req.body.persona}.`, // expect: prompt-request-in-system-prompt
    tools: {},
  });
  const { text } = await agent.generate({ prompt: String(req.body.question) });
  res.json({ text });
});

app.post("/assistant", async (req, res) => {
  const { style, question } = req.body;
  const assistant = new Agent({ name: "assistant", instructions: `Write in the style of ${style}.` }); // expect: prompt-request-in-system-prompt
  const result = await run(assistant, String(question));
  res.json({ answer: result.finalOutput });
});

app.post("/react", async (req, res) => {
  const agent = createAgent({ model: "openai:gpt-4o", tools: [], systemPrompt: `Act as ${req.body.role}.` }); // expect: prompt-request-in-system-prompt
  res.json(await agent.invoke({ messages: [{ role: "user", content: String(req.body.question) }] }));
});

const genai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

app.post("/gemini", async (req, res) => {
  const response = await genai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: String(req.body.question),
    config: { systemInstruction: `Answer as ${req.body.persona}.`, temperature: 0.2 }, // expect: prompt-request-in-system-prompt
  });
  res.json({ text: response.text });
});
