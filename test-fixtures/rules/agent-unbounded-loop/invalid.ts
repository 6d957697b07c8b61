// Agent loops that go round while the model asks for tools, with nothing to end them.
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";

const anthropic = new Anthropic();
const openai = new OpenAI();
declare const tools: Anthropic.Tool[];
declare function runTools(content: unknown): Promise<Anthropic.MessageParam>;
declare function runOpenAiTool(call: unknown): Promise<string>;

export async function agent(messages: Anthropic.MessageParam[]) {
  while (true) { // expect: agent-unbounded-loop
    const response = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, tools, messages });
    if (response.stop_reason !== "tool_use") return response;
    messages.push({ role: "user", content: (await runTools(response.content)).content });
  }
}

export async function whileToolCalls(messages: OpenAI.ChatCompletionMessageParam[]) {
  let response = await openai.chat.completions.create({ model: "gpt-4.1-mini", messages, tools: [] });
  while (response.choices[0]?.finish_reason === "tool_calls") { // expect: agent-unbounded-loop
    for (const call of response.choices[0].message.tool_calls ?? []) messages.push({ role: "tool", tool_call_id: call.id, content: await runOpenAiTool(call) });
    response = await openai.chat.completions.create({ model: "gpt-4.1-mini", messages, tools: [] });
  }
  return response;
}

export async function counterNeverChecked(messages: Anthropic.MessageParam[]) {
  let actions = 0;
  for (;;) { // expect: agent-unbounded-loop
    const response = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, tools, messages });
    actions++;
    if (response.stop_reason === "end_turn") break;
    messages.push(await runTools(response.content));
  }
  return actions;
}

/** A client the analysis cannot type (handed in by the caller), called like the SDK. */
export async function doWhile(client: { chat: { completions: { create(o: object): Promise<{ choices: { message: { tool_calls?: unknown[] } }[] }> } } }, messages: object[]) {
  let done = false;
  do { // expect: agent-unbounded-loop
    const reply = await client.chat.completions.create({ model: "gpt-4.1", messages, tools: [] });
    const calls = reply.choices[0]?.message.tool_calls ?? [];
    done = calls.length === 0;
    for (const call of calls) messages.push({ role: "tool", content: await runOpenAiTool(call) });
  } while (!done);
}

export async function recurse(messages: Anthropic.MessageParam[]): Promise<Anthropic.Message> {
  const response = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, tools, messages });
  if (response.stop_reason !== "tool_use") return response;
  messages.push(await runTools(response.content));
  return recurse(messages); // expect: agent-unbounded-loop
}

/** A client the catalogue does not know, given the conversation and the tools; its answer is read for tool calls. */
declare const llm: { exec(o: object): Promise<{ toolCalls: unknown[] }> };
export async function unknownClient(messages: object[]) {
  let exit = false;
  do { // expect: agent-unbounded-loop
    const { toolCalls } = await llm.exec({ messages, tools: [] });
    exit = toolCalls.length === 0;
    for (const call of toolCalls) messages.push({ role: "tool", content: await runOpenAiTool(call) });
  } while (!exit);
}
