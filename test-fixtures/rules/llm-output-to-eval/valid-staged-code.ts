// Files written and loaded that do not carry the model's code: a fixed template loaded from another
// path, the model's text written next to a module that is loaded from a constant path, and model
// code run in a SES compartment instead of a file.
import OpenAI from "openai";
import { writeFileSync } from "node:fs";

declare const Compartment: new (endowments: object) => { evaluate(source: string): unknown };
const client = new OpenAI();

async function writeCode(): Promise<string> {
  const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "write a function" }] });
  return completion.choices[0]?.message.content ?? "";
}

export async function logThenLoadPlugin(pluginName: "a" | "b"): Promise<unknown> {
  const code = await writeCode();
  const logFile = `/tmp/log-${Date.now()}.txt`;
  writeFileSync(logFile, code);
  const plugin = `./plugins/${pluginName}.js`;
  return import(plugin);
}

export async function runInCompartment(): Promise<unknown> {
  const code = await writeCode();
  const compartment = new Compartment({ Math });
  return compartment.evaluate(code);
}
