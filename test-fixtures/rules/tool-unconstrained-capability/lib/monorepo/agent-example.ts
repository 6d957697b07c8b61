// Another package of a monorepo: an example agent whose dispatcher handles a tool named like one
// described elsewhere. Its own flow is real.
import OpenAI from "openai";
import { execFileSync } from "node:child_process";

const client = new OpenAI();

export async function step(messages: OpenAI.Chat.ChatCompletionMessageParam[], tools: OpenAI.Chat.ChatCompletionTool[]) {
  const completion = await client.chat.completions.create({ model: "gpt-4o", messages, tools });
  for (const call of completion.choices[0]?.message.tool_calls ?? []) {
    switch (call.function.name) {
      case "run_command": {
        const args = JSON.parse(call.function.arguments);
        execFileSync("sh", ["-c", args.command]); // expect: llm-output-to-shell
        break;
      }
    }
  }
}
