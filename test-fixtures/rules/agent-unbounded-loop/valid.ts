// Agent loops with a bound: a step count, a counter checked before each call, a time or token budget, a person in the loop.
import Anthropic from "@anthropic-ai/sdk";
import { generateText, stepCountIs } from "ai";
import * as readline from "node:readline/promises";

const anthropic = new Anthropic();
declare const tools: Anthropic.Tool[];
declare const model: Parameters<typeof generateText>[0]["model"];
declare function runTools(content: unknown): Promise<Anthropic.MessageParam>;
const MAX_STEPS = 12;

export async function counted(messages: Anthropic.MessageParam[]) {
  for (let step = 0; step < MAX_STEPS; step++) {
    const response = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, tools, messages });
    if (response.stop_reason !== "tool_use") return response;
    messages.push(await runTools(response.content));
  }
  throw new Error("too many steps");
}

export async function checkedCounter(messages: Anthropic.MessageParam[]) {
  let steps = 0;
  while (true) {
    if (++steps > MAX_STEPS) throw new Error("too many steps");
    const response = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, tools, messages });
    if (response.stop_reason !== "tool_use") return response;
    messages.push(await runTools(response.content));
  }
}

export async function timeBudget(messages: Anthropic.MessageParam[]) {
  const started = Date.now();
  let response = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, tools, messages });
  while (response.stop_reason === "tool_use") {
    if (Date.now() - started > 60_000) break;
    messages.push(await runTools(response.content));
    response = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, tools, messages });
  }
  return response;
}

export async function tokenBudget(messages: Anthropic.MessageParam[]) {
  let used = 0;
  let running = true;
  while (running) {
    const response = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, tools, messages });
    used += response.usage.output_tokens;
    if (used > 50_000) running = false;
    if (response.stop_reason !== "tool_use") return response;
    messages.push(await runTools(response.content));
  }
}

export async function depthLimited(messages: Anthropic.MessageParam[], depth = 0): Promise<Anthropic.Message> {
  if (depth >= MAX_STEPS) throw new Error("too deep");
  const response = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, tools, messages });
  if (response.stop_reason !== "tool_use") return response;
  messages.push(await runTools(response.content));
  return depthLimited(messages, depth + 1);
}

// The AI SDK bounds its own tool rounds.
export const sdkBounded = (prompt: string) => generateText({ model, prompt, tools: {}, stopWhen: stepCountIs(5) });

// A chat session: every round waits for a person.
export async function repl(messages: Anthropic.MessageParam[]) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  while (true) {
    messages.push({ role: "user", content: await rl.question("> ") });
    const response = await counted(messages);
    console.log(response.content);
  }
}

// Streaming: the loop reads chunks of one answer, it asks the model nothing.
export async function stream(reader: ReadableStreamDefaultReader<Uint8Array>) {
  let text = "";
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    const event = JSON.parse(new TextDecoder().decode(value)) as { finish_reason?: string; tool_calls?: unknown[] };
    text += event.finish_reason ?? "";
  }
  return text;
}

// A loop with a model call but no tools: a retry, not an agent.
export async function retry(messages: Anthropic.MessageParam[]) {
  while (true) {
    try {
      return await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages });
    } catch {
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

// Continuing a long answer: the loop goes round on `finish_reason === "length"`, with no tools to run.
export async function continueAnswer(client: { chat: { completions: { create(o: object): Promise<{ choices: { finish_reason: string; message: { content: string } }[] }> } } }, messages: { role: string; content: string }[]) {
  let text = "";
  let finish = "length";
  while (finish === "length") {
    const reply = await client.chat.completions.create({ model: "gpt-4.1-mini", messages });
    finish = reply.choices[0]?.finish_reason ?? "stop";
    text += reply.choices[0]?.message.content ?? "";
    messages.push({ role: "assistant", content: reply.choices[0]?.message.content ?? "" });
  }
  return text;
}

// A budget object that keeps its own count, asked before every call.
declare const budget: { check(): string | undefined };
export async function budgeted(messages: Anthropic.MessageParam[]) {
  for (;;) {
    const over = budget.check();
    if (over) return over;
    const response = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, tools, messages });
    if (response.stop_reason !== "tool_use") return response;
    messages.push(await runTools(response.content));
  }
}

// A notification given the conversation and the tools is no model call.
declare const telemetry: { onStepStart(o: object): void };
export async function notified(messages: Anthropic.MessageParam[]) {
  for (const _ of [1, 2, 3]) {
    telemetry.onStepStart({ messages, tools });
  }
}
