// True positives: a body built by a helper, its messages normalized by a map that hands non-strings on whole.
import express from "express";
import OpenAI from "openai";

class CompletionGenerator {
  generateBody(prompts: (string | { role: string; content: string })[]) {
    const completionBody: { model: string; messages: unknown[] } = { messages: [], model: "gpt-4o" };
    const nextMessages = prompts.map((p) => (typeof p === "string" ? { role: "user", content: p } : p));
    completionBody.messages = nextMessages; // expect: prompt-client-message-roles
    return completionBody;
  }
}

class Llm {
  instance: OpenAI | undefined;
  constructor(private completionGenerator: CompletionGenerator) {}
  getInstance() { return this.instance; }
  async generate(prompts: (string | { role: string; content: string })[]) {
    const completionBody = this.completionGenerator.generateBody(prompts);
    return new OpenAI().chat.completions.create(completionBody as never);
  }
}

const app = express();
const llm = new Llm(new CompletionGenerator());
app.post("/chat", async (req, res) => {
  res.json(await llm.generate(req.body.messages));
});
