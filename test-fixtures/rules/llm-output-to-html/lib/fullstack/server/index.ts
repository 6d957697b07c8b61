// An Express server in the same repository: `/api/explain/:id` answers with the model's text.
import express from "express";
import OpenAI from "openai";

const app = express();
const client = new OpenAI();

app.post("/api/explain/:id", async (req, res) => {
  const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: String(req.body.question) }] });
  res.json({ explanation: completion.choices[0]?.message.content });
});

// A route whose path a helper prefixes with the deployment's base (ihub-apps' `buildServerPath`).
const buildServerPath = (path: string): string => `${process.env.BASE_PATH ?? ""}${path}`;
app.get(buildServerPath("/api/workflows/:id/result"), async (req, res) => {
  const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: String(req.params.id) }] });
  res.json({ output: completion.choices[0]?.message.content });
});

app.get("/api/motd", (_req, res) => {
  res.json({ message: "<em>Welcome back</em>" });
});

app.listen(3000);
