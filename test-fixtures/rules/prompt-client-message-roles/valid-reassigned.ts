// Hard negatives: a parameter filtered by role before it is passed on, in place.
import express from "express";
import OpenAI from "openai";
const openai = new OpenAI();
const app = express();

function compose(messages: { role: string; content: string }[], question: string) {
  const msgs = [{ role: "assistant", content: "Known facts." }, ...messages];
  msgs.push({ role: "user", content: question });
  return msgs;
}

async function answer(question: string, messages?: { role: string; content: string }[]) {
  messages = messages?.filter(m => m.role !== "system");
  if (messages && messages.length > 0) {
    question = messages[messages.length - 1]!.content;
  } else {
    messages = [{ role: "user", content: question.trim() }];
  }
  let step = 0;
  while (step++ < 3) {
    const withKnowledge = compose(messages, question);
    await openai.chat.completions.create({ model: "gpt-4o", messages: withKnowledge });
  }
}

app.post("/chat", async (req, res) => {
  res.json(await answer(req.body.question, req.body.messages));
});
