import OpenAI from "openai";

const openai = new OpenAI();

type Handler = (req: { body: { systemPrompt?: string; message: string } }, res: { json(value: unknown): void }) => Promise<void>;

function withSession(handler: Handler): Handler {
  return async (req, res) => handler(req, res);
}

// Registered by reference in another module, through a wrapper.
async function ask(req: { body: { systemPrompt?: string; message: string } }, res: { json(value: unknown): void }) {
  const { systemPrompt, message } = req.body;
  const messages = systemPrompt
    ? [{ role: "system" as const, content: systemPrompt }, { role: "user" as const, content: message }] // expect: prompt-request-in-system-prompt
    : [{ role: "user" as const, content: message }];
  const completion = await openai.chat.completions.create({ model: "gpt-4o", messages });
  res.json(completion.choices[0]?.message);
}

export const askHandler = withSession(ask);
