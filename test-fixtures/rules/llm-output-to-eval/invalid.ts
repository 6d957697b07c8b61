// True positives: model output evaluated as code, across SDKs and data-flow shapes.
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { generateText, streamText } from "ai";
import { openai as aiOpenAI } from "@ai-sdk/openai";
import { ChatOpenAI } from "@langchain/openai";
import { GoogleGenAI } from "@google/genai";
import ollama from "ollama";
import { Mistral } from "@mistralai/mistralai";
import vm from "node:vm";
import { askModel } from "./lib/ask-model";

const openai = new OpenAI();
const anthropic = new Anthropic();

export async function calculator(question: string) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
  const answer = completion.choices[0].message.content ?? "";
  return eval(answer); // expect: llm-output-to-eval
}

export async function destructured(question: string) {
  const {
    choices: [{ message }],
  } = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: question }] });
  return eval(message.content ?? "0"); // expect: llm-output-to-eval
}

export async function claude(prompt: string) {
  const msg = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 512, messages: [{ role: "user", content: prompt }] });
  const block = msg.content[0];
  if (block.type === "text") {
    const fn = new Function("input", block.text); // expect: llm-output-to-eval
    return fn(prompt);
  }
}

export async function vercel(prompt: string) {
  const { text } = await generateText({ model: aiOpenAI("gpt-4o"), prompt });
  return eval(`(${text.trim()})`); // expect: llm-output-to-eval
}

export async function streamed(prompt: string) {
  const result = streamText({ model: aiOpenAI("gpt-4o"), prompt });
  let code = "";
  for await (const delta of result.textStream) code += delta;
  return vm.runInNewContext(code, {}); // expect: llm-output-to-eval
}

export async function streamedChunks(prompt: string) {
  const stream = await openai.chat.completions.create({ model: "gpt-4o", stream: true, messages: [{ role: "user", content: prompt }] });
  const parts: string[] = [];
  for await (const chunk of stream) parts.push(chunk.choices[0]?.delta?.content ?? "");
  const script = new vm.Script(parts.join("")); // expect: llm-output-to-eval
  return script.runInThisContext();
}

export async function langchain(prompt: string) {
  const model = new ChatOpenAI({ model: "gpt-4o-mini" });
  const reply = await model.invoke(prompt);
  return eval(String(reply.content)); // expect: llm-output-to-eval
}

export async function gemini(prompt: string) {
  const ai = new GoogleGenAI({});
  const response = await ai.models.generateContent({ model: "gemini-2.5-flash", contents: prompt });
  setTimeout(response.text ?? "", 10); // expect: llm-output-to-eval
}

export async function local(prompt: string) {
  const res = await ollama.chat({ model: "llama3.1", messages: [{ role: "user", content: prompt }] });
  return eval(res.message.content); // expect: llm-output-to-eval
}

export async function mistralPlugin(prompt: string) {
  const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
  const result = await client.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: prompt }] });
  const moduleName = String(result.choices?.[0]?.message?.content);
  return require(moduleName); // expect: llm-output-to-eval
}

export async function dynamicImport(prompt: string) {
  const reply = await askModel(prompt);
  return import(reply); // expect: llm-output-to-eval
}

// Through a helper in another file, and a promise chain.
export function viaThen(prompt: string) {
  return askModel(prompt).then((code) => eval(code)); // expect: llm-output-to-eval
}

// Through an object field and a local helper that returns its argument.
function unwrap(value: string): string {
  return value.replace(/^```js\n|```$/g, "");
}
export async function viaObject(prompt: string) {
  const state = { code: "" };
  state.code = unwrap(await askModel(prompt));
  return eval(state.code); // expect: llm-output-to-eval
}

// Tool-call arguments are model output too.
export async function toolArguments(prompt: string) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: prompt }], tools: [] });
  for (const call of completion.choices[0].message.tool_calls ?? []) {
    const args = JSON.parse(call.function.arguments);
    eval(args.expression); // expect: llm-output-to-eval
  }
}

// A "sandbox" is still code execution.
import { VM } from "vm2";
export async function sandboxed(prompt: string) {
  const code = await askModel(prompt);
  return new VM({ timeout: 1000 }).run(code); // expect: llm-output-to-eval
}
