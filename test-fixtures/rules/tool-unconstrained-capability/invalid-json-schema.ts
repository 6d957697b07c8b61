// True positives: JSON-schema tools with a dispatcher (OpenAI Chat Completions, Responses, Anthropic).
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { execSync } from "node:child_process";
import fs from "node:fs";

const openai = new OpenAI();
const anthropic = new Anthropic();

const tools: OpenAI.Chat.Completions.ChatCompletionTool[] = [
  { // expect: tool-unconstrained-capability, tool-missing-approval
    type: "function",
    function: { name: "run_command", description: "Run a shell command", parameters: { type: "object", properties: { command: { type: "string" } }, required: ["command"] } },
  },
  { // expect: tool-unconstrained-capability
    type: "function",
    function: { name: "read_file", parameters: { type: "object", properties: { path: { type: "string" } } } },
  },
];

export async function agentLoop(task: string) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: task }], tools });
  for (const call of completion.choices[0].message.tool_calls ?? []) {
    const args = JSON.parse(call.function.arguments);
    switch (call.function.name) {
      case "run_command":
        execSync(args.command); // expect: llm-output-to-shell
        break;
      case "read_file":
        fs.readFileSync(args.path, "utf8"); // expect: llm-output-to-file-path
        break;
    }
  }
}

const responseTools = [{ type: "function", name: "write_report", parameters: { type: "object", properties: { filename: { type: "string" }, text: { type: "string" } } } }]; // expect: tool-unconstrained-capability, tool-missing-approval
const handlers = {
  write_report: (args: { filename: string; text: string }) => fs.writeFileSync(args.filename, args.text), // expect: llm-output-to-file-path
};

export async function responses(task: string) {
  const response = await openai.responses.create({ model: "gpt-4.1", input: task, tools: responseTools });
  for (const item of response.output) {
    if (item.type === "function_call") handlers.write_report(JSON.parse(item.arguments));
  }
}

export async function claudeAgent(task: string) {
  const message = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    tools: [{ name: "fetch_url", description: "Fetch a URL", input_schema: { type: "object", properties: { url: { type: "string" } } } }], // expect: tool-unconstrained-capability
    messages: [{ role: "user", content: task }],
  });
  for (const block of message.content) {
    if (block.type === "tool_use" && block.name === "fetch_url") {
      await fetch(block.input.url); // expect: llm-output-to-url
    }
  }
}
