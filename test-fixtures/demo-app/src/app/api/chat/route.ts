import { openai, CHAT_MODEL } from "../../../lib/openai";
import { findOrdersByStatus } from "../../../db/orders";

export async function POST(request: Request): Promise<Response> {
  const { message } = (await request.json()) as { message: string };
  const completion = await openai.chat.completions.create({
    model: CHAT_MODEL,
    messages: [
      { role: "system", content: "When asked for a calculation, reply with a JavaScript expression only." },
      { role: "user", content: message },
    ],
  });
  const reply = completion.choices[0]?.message.content ?? "";

  if (message.startsWith("calc:")) {
    // Model output evaluated as code: a prompt can run anything on the server.
    const value = eval(reply); // expect: llm-output-to-eval
    return Response.json({ value });
  }
  if (message.startsWith("orders:")) {
    return Response.json(await findOrdersByStatus(reply));
  }
  return Response.json({ reply });
}
