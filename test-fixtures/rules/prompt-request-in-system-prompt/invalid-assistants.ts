// True positives: a run's instructions written by the caller (OpenAI's Assistants API).
import express from "express";
import OpenAI from "openai";

const openai = new OpenAI();
const app = express();

app.post("/run", async (req, res) => {
  const run = await openai.beta.threads.createAndRun({ assistant_id: "asst_1", instructions: `Answer in the style: ${req.body.style}` }); // expect: prompt-request-in-system-prompt
  res.json(run);
});

app.post("/threads/:id/runs", async (req, res) => {
  const run = await openai.beta.threads.runs.create(req.params.id, { assistant_id: "asst_1", additional_instructions: String(req.body.extra) }); // expect: prompt-request-in-system-prompt
  res.json(run);
});
