// A hand-written ReAct loop: the reply's `Action: name: input` line parsed with `RegExp.exec`, and
// the input handed to the action the model named (big-AGI's `calculate` before its fix).
import OpenAI from "openai";

const actionPattern = /^Action: (\w+): (.*)$/;

const calculate = async (what: string): Promise<string> => String(eval(what)); // expect: llm-output-to-eval
const echo = async (what: string): Promise<string> => what;

const actions: Record<string, (input: string) => Promise<string>> = { calculate, echo };

export async function step(client: OpenAI) {
  const completion = await client.chat.completions.create({ model: "gpt-4o", messages: [] });
  const reply = completion.choices[0]?.message.content ?? "";
  const match = actionPattern.exec(reply);
  if (!match) return reply;
  const [, name, input] = match;
  return actions[name ?? "echo"]?.(input ?? "");
}
