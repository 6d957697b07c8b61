import OpenAI from "openai";

const client = new OpenAI();

/** A project helper: its return value is model output wherever it is called. */
export async function askModel(prompt: string): Promise<string> {
  const res = await client.responses.create({ model: "gpt-4.1", input: prompt });
  return res.output_text;
}

export async function countTokens(prompt: string): Promise<number> {
  const res = await client.responses.create({ model: "gpt-4.1", input: prompt });
  return res.usage?.total_tokens ?? 0;
}
