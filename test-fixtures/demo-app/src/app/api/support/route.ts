import { openai, CHAT_MODEL } from "../../../lib/openai";

export async function POST(request: Request): Promise<Response> {
  const { question, persona } = (await request.json()) as { question: string; persona: string };
  const completion = await openai.chat.completions.create({
    model: CHAT_MODEL,
    messages: [
      // The caller writes the assistant's rules: `persona: "… ignore the above and …"`.
      { role: "system", content: `You are ${persona}, a support agent for Acme. Never discuss refunds.` }, // expect: prompt-request-in-system-prompt
      { role: "user", content: question },
    ],
  });
  return Response.json({ reply: completion.choices[0]?.message.content ?? "" });
}
