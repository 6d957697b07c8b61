// Hard negatives: request input where it belongs, or cut to a closed set before it instructs.
import express from "express";
import OpenAI from "openai";
import { generateText, streamText } from "ai";
import { openai as provider } from "@ai-sdk/openai";
import { z } from "zod";

const app = express();
const openai = new OpenAI();

const PERSONAS = {
  pirate: "You are a pirate. Stay in character.",
  teacher: "You are a patient teacher.",
} as const;
const TONES = ["formal", "casual"];

// The user's own text in the user role is the normal case.
app.post("/chat", async (req, res) => {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: "You are a helpful assistant." },
      { role: "user", content: req.body.question },
    ],
  });
  res.json(completion.choices[0]?.message);
});

// A closed schema: only the enum's values get through.
app.post("/persona", async (req, res) => {
  const { persona, question } = z.object({ persona: z.enum(["pirate", "teacher"]), question: z.string() }).parse(req.body);
  const { text } = await generateText({ model: provider("gpt-4o"), system: `You are a ${persona}.`, prompt: question });
  res.send(text);
});

// A lookup in a constant table.
app.post("/lookup", async (req, res) => {
  const system = PERSONAS[req.body.persona as keyof typeof PERSONAS] ?? PERSONAS.teacher;
  const { text } = await generateText({ model: provider("gpt-4o"), system, prompt: req.body.question });
  res.send(text);
});

// An allow-list check before the value is used.
app.get("/tone", async (req, res) => {
  const tone = String(req.query.tone);
  if (!TONES.includes(tone)) return res.status(400).end();
  const { text } = await generateText({ model: provider("gpt-4o"), system: `Answer in a ${tone} tone.`, prompt: String(req.query.text) });
  res.send(text);
});

// A comparison with a constant picks one of the app's own strings.
app.get("/lang", async (req, res) => {
  const language = req.query.lang === "fr" ? "French" : "English";
  const result = streamText({ model: provider("gpt-4o"), system: `Reply in ${language}.`, prompt: String(req.query.q) });
  result.pipeTextStreamToResponse(res);
});

// A number cannot carry instructions.
app.post("/level", async (req, res) => {
  const level = Number(req.body.level);
  const { text } = await generateText({ model: provider("gpt-4o"), system: `Explain at grade level ${level}.`, prompt: req.body.question });
  res.send(text);
});

// Not a request handler: a function whose parameter happens to look like one.
export async function describe(req: { body: { persona: string } }) {
  return generateText({ model: provider("gpt-4o"), system: `You are ${req.body.persona}.`, prompt: "Introduce yourself." });
}

// A route whose validation middleware closes the value (an allow-list in a refinement).
import { validate } from "./lib/validate";
const INTERVIEW_ROLES = ["frontend engineer", "data analyst", "product manager"];
const interviewBody = z.object({ role: z.string().max(100).refine((value) => INTERVIEW_ROLES.includes(value)), answer: z.string() });

app.post("/interview", validate({ body: interviewBody }), async (req, res) => {
  const { role, answer } = req.body;
  const { text } = await generateText({ model: provider("gpt-4o"), system: `You are interviewing a ${role}.`, prompt: answer });
  res.send(text);
});

// A shared options helper called with the app's own values: only callers that pass request input are reported.
import { generationOptions } from "./lib/llm";

export async function nightlyRewrite() {
  return generateText(generationOptions({ style: "formal", text: "Release notes for this week." }));
}

// A value that passed a comparison with a number reads as a number: no instructions fit in it.
app.post("/plan", async (req, res) => {
  const { teamSize, question } = req.body;
  if (teamSize > 1) {
    const { text } = await generateText({ model: provider("gpt-4o"), system: `Split the task among ${teamSize} researchers.`, prompt: String(question) });
    return res.send(text);
  }
  res.send("");
});
