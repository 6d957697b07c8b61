// True positive: the caller's whole body spread into the options can set `instructions`.
import OpenAI from "openai";

const openai = new OpenAI();

export async function POST(req: Request) {
  const body = await req.json();
  const response = await openai.responses.create({ ...body, stream: false }); // expect: prompt-request-in-system-prompt, agent-request-controlled-cost
  return Response.json(response);
}
