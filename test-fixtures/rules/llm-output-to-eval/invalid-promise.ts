// An answer handed out through `new Promise((resolve) => …)`: awaiting the promise gives it.
import OpenAI from "openai";

const client = new OpenAI();

function ask(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    client.chat.completions
      .create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] })
      .then((completion) => resolve(completion.choices[0]?.message.content ?? ""))
      .catch(reject);
  });
}

function delay(ms: number): Promise<string> {
  return new Promise((resolve) => setTimeout(() => resolve("1 + 1"), ms));
}

export async function run() {
  eval(await ask("write an expression")); // expect: llm-output-to-eval
  eval(await delay(10));
  (0, eval)(await ask("another expression")); // expect: llm-output-to-eval
  window.eval(await ask("a third")); // expect: llm-output-to-eval
}
