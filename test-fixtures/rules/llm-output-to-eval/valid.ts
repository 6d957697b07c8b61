// Hard negatives: code that looks like the above but does not evaluate model output.
import OpenAI from "openai";
import { generateObject } from "ai";
import { openai as aiOpenAI } from "@ai-sdk/openai";
import { z } from "zod";
import vm from "node:vm";
import { askModel, countTokens } from "./lib/ask-model";

const openai = new OpenAI();

export async function parsesInsteadOfEvaluating(question: string) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
  return JSON.parse(completion.choices[0].message.content ?? "{}");
}

export async function evaluatesMetadataOnly(question: string) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
  const tokens = completion.usage?.total_tokens;
  const id = completion.id;
  return eval(`${tokens} + ${id.length}`);
}

export function constantCode() {
  return eval("1 + 2") + new Function("a", "b", "return a + b")(1, 2);
}

export async function timerWithFunction(prompt: string) {
  const reply = await askModel(prompt);
  setTimeout(() => console.log(reply), 100);
}

export async function numericOnly(prompt: string) {
  const reply = await askModel(prompt);
  const n = Number(reply);
  return eval(`${n} * 2`);
}

export async function lengthIsANumber(prompt: string) {
  const reply = await askModel(prompt);
  return eval(String(reply.length));
}

export async function enumValidated(prompt: string) {
  const { object } = await generateObject({
    model: aiOpenAI("gpt-4o"),
    schema: z.object({ operation: z.enum(["add", "subtract"]), a: z.number(), b: z.number() }),
    prompt,
  });
  return eval(`${object.a} ${object.operation === "add" ? "+" : "-"} ${object.b}`);
}

const SNIPPETS = { greet: "console.log('hi')", time: "Date.now()" } as const;
export async function allowListed(prompt: string) {
  const choice = await askModel(prompt);
  if (choice === "greet" || choice === "time") return vm.runInNewContext(SNIPPETS[choice]);
  return undefined;
}

export async function switchGuard(prompt: string) {
  const choice = (await askModel(prompt)).trim();
  switch (choice) {
    case "1 + 1":
    case "2 * 3":
      return eval(choice);
    default:
      return null;
  }
}

export async function tokensHelper(prompt: string) {
  const tokens = await countTokens(prompt);
  return eval(`${tokens}`);
}

export async function userInputNotModel(req: Request) {
  const body = await req.text();
  return JSON.parse(body);
}

// The user's own template code evaluated in a loop before the model is asked (papersgpt's tags):
// the model's answer, assigned to the same variable below the loop, never reaches the eval.
export async function expandTemplate(template: string) {
  let text = template;
  for (const block of text.match(/\$\{[^}]+\}/g) ?? []) {
    text = text.replace(block, String(eval(block.slice(2, -1))));
  }
  const completion = await new OpenAI().chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: text }] });
  text = completion.choices[0]?.message.content ?? "";
  return text;
}
