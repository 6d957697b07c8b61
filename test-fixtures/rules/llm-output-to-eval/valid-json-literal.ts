// Text spliced into code as a JSON literal stays data: `JSON.stringify` quotes and escapes it
// (anything-llm's browser agent finds a tab by the model's words this way).
import { execFileSync } from "node:child_process";
import OpenAI from "openai";

const openai = new OpenAI();

export async function closeTab(): Promise<string> {
  const reply = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "Which tab should close?" }] });
  const wanted = reply.choices[0]?.message.content ?? "";
  const script = `const tabs = JSON.parse(process.argv[1]); const tab = tabs.find((t) => t.title.includes(${JSON.stringify(wanted.toLowerCase())})); console.log(tab?.id ?? "");`;
  return String(execFileSync("node", ["-e", script, "[]"]));
}
