// True positives: an agent's instructions written by the caller.
import express from "express";
import { ToolLoopAgent } from "ai";
import { Agent, run } from "@openai/agents";
import { openai } from "@ai-sdk/openai";

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
