// Hard negatives: roles the app decides, and single strings from the caller.
import express from "express";
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { streamText } from "ai";
import { openai as provider } from "@ai-sdk/openai";
import { z } from "zod";

const app = express();
const openai = new OpenAI();

const ChatBody = z.object({
  messages: z.array(z.object({ role: z.enum(["user", "assistant"]), content: z.string() })),
});

// Filtered to the roles a client may write.
app.post("/filtered", async (req, res) => {
  const messages = req.body.messages.filter((m: { role: string }) => m.role === "user" || m.role === "assistant");
  const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "system", content: "You are the Acme assistant." }, ...messages] });
  res.json(completion.choices[0]?.message);
});

// Every role set by the app.
app.post("/mapped", async (req, res) => {
  const turns: string[] = req.body.turns;
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: turns.map((text, i) => ({ role: i % 2 === 0 ? "user" : "assistant", content: text })),
  });
  res.json(completion.choices[0]?.message);
});

// A schema that closes `role`.
app.post("/parsed", async (req, res) => {
  const { messages } = ChatBody.parse(req.body);
  const result = streamText({ model: provider("gpt-4o"), system: "You are the Acme assistant.", messages });
  result.pipeTextStreamToResponse(res);
});

// One string from the caller, in the user role.
app.post("/single", async (req, res) => {
  const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: req.body.question }] });
  res.json(completion.choices[0]?.message);
});

// A request to the app's own route from a script is not a model call.
export async function replay(history: { role: string; content: string }[]) {
  return fetch("/api/chat", { method: "POST", body: JSON.stringify({ messages: history }) });
}

// Messages in other roles are refused before the call.
app.post("/checked", async (req, res) => {
  const { messages } = req.body as { messages: { role: string; content: string }[] };
  for (const m of messages) {
    if (m.role !== "user" && m.role !== "assistant") return res.status(400).json({ error: "Only user and assistant messages." });
  }
  const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "system", content: "You are the Acme assistant." }, ...messages] as never });
  res.json(completion.choices[0]?.message);
});

// Anthropic's messages hold only user and assistant turns: the API refuses a system one.
const anthropicClient = new Anthropic();
app.post("/claude", async (req, res) => {
  const message = await anthropicClient.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, system: "You are the Acme assistant.", messages: req.body.messages });
  res.json(message.content);
});
