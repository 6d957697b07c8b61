// Next.js Pages API: `req.query` is the caller's.
import type { NextApiRequest, NextApiResponse } from "next";
import OpenAI from "openai";

const openai = new OpenAI();

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "developer", content: `Summarize for ${req.query.audience}.` }, // expect: prompt-request-in-system-prompt
      { role: "user", content: String(req.body) },
    ],
  });
  res.status(200).json({ summary: completion.choices[0]?.message.content });
}
