// Writes that do reach a use written above them: round a loop, or later, through a closure.
import OpenAI from "openai";

const client = new OpenAI();

async function ask(prompt: string): Promise<string> {
  const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: prompt }] });
  return completion.choices[0]?.message.content ?? "";
}

export async function agentLoop(goal: string) {
  let code = "1";
  for (let step = 0; step < 5; step++) {
    eval(code); // expect: llm-output-to-eval
    code = await ask(`${goal}: write the next step`);
  }
}

export async function onClick(button: HTMLButtonElement) {
  let code = "";
  button.addEventListener("click", () => eval(code)); // expect: llm-output-to-eval
  code = await ask("write a click handler");
}
