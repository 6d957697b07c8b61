// A completion read from a provider's HTTP API with node-fetch, as with the global fetch: its
// message is model output, its usage counts are not.
import fetch from "node-fetch";

export async function run(question: string) {
  const res = await fetch("https://llm.example.com/v1/chat/completions", { method: "POST", body: JSON.stringify({ messages: [{ role: "user", content: question }] }) });
  const data = (await res.json()) as { choices: { message: { content: string } }[]; usage: { total_tokens: number } };
  eval(data.choices[0]?.message.content ?? ""); // expect: llm-output-to-eval
  setTimeout(`console.log(${data.usage.total_tokens})`, 0);
}
