// True positives: model output reaching a shell.
import { exec, execSync, spawn, execFile } from "node:child_process";
import * as cp from "child_process";
import { promisify } from "node:util";
import { execa, execaCommand } from "execa";
import { $ } from "zx";
import Anthropic from "@anthropic-ai/sdk";
import Groq from "groq-sdk";
import { ChatAnthropic } from "@langchain/anthropic";
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { StringOutputParser } from "@langchain/core/output_parsers";
import { CohereClientV2 } from "cohere-ai";
import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";
import { runShell } from "./lib/run-shell";

const anthropic = new Anthropic();
const groq = new Groq();
const execAsync = promisify(exec);

export async function suggestCommand(task: string) {
  const msg = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 256, messages: [{ role: "user", content: task }] });
  const command = msg.content.map((b) => (b.type === "text" ? b.text : "")).join("");
  return execSync(command).toString(); // expect: llm-output-to-shell
}

export async function groqExec(task: string) {
  const res = await groq.chat.completions.create({ model: "llama-3.3-70b-versatile", messages: [{ role: "user", content: task }] });
  exec(`git ${res.choices[0].message.content}`, (err, stdout) => console.log(err, stdout)); // expect: llm-output-to-shell
}

export async function promisified(task: string) {
  const res = await groq.chat.completions.create({ model: "llama-3.3-70b-versatile", messages: [{ role: "user", content: task }] });
  const { stdout } = await execAsync(res.choices[0].message.content!); // expect: llm-output-to-shell
  return stdout;
}

export async function spawnWithShell(task: string) {
  const res = await groq.chat.completions.create({ model: "llama-3.3-70b-versatile", messages: [{ role: "user", content: task }] });
  const line = res.choices[0].message.content ?? "";
  spawn(line, { shell: true, stdio: "inherit" }); // expect: llm-output-to-shell
}

export async function spawnShellBinary(task: string) {
  const res = await groq.chat.completions.create({ model: "llama-3.3-70b-versatile", messages: [{ role: "user", content: task }] });
  cp.spawn("bash", ["-c", res.choices[0].message.content ?? ""]); // expect: llm-output-to-shell
}

export async function modelChosenProgram(task: string) {
  const res = await groq.chat.completions.create({ model: "llama-3.3-70b-versatile", messages: [{ role: "user", content: task }] });
  const [program, ...args] = (res.choices[0].message.content ?? "").split(" ");
  execFile(program, args); // expect: llm-output-to-shell
}

export async function chain(task: string) {
  const prompt = ChatPromptTemplate.fromTemplate("Write one shell command that does: {task}");
  const pipeline = prompt.pipe(new ChatAnthropic({ model: "claude-haiku-4-5" })).pipe(new StringOutputParser());
  const command = await pipeline.invoke({ task });
  await execa(command, { shell: true }); // expect: llm-output-to-shell
}

export async function cohere(task: string) {
  const client = new CohereClientV2({ token: process.env.COHERE_API_KEY });
  const response = await client.chat({ model: "command-r-plus", messages: [{ role: "user", content: task }] });
  const text = response.message.content?.[0]?.text ?? "";
  await execaCommand(text); // expect: llm-output-to-shell
}

export async function bedrock(task: string) {
  const client = new BedrockRuntimeClient({ region: "us-east-1" });
  const out = await client.send(new ConverseCommand({ modelId: "anthropic.claude-3-haiku", messages: [{ role: "user", content: [{ text: task }] }] }));
  const cmd = out.output?.message?.content?.[0]?.text ?? "";
  await $`${cmd}`; // expect: llm-output-to-shell
}

// A helper in another file runs it: the finding is placed there.
export async function viaHelper(task: string) {
  const res = await groq.chat.completions.create({ model: "llama-3.3-70b-versatile", messages: [{ role: "user", content: task }] });
  return runShell(res.choices[0].message.content ?? "");
}

// A class that keeps its client in a field.
export class Agent {
  private client = new Anthropic();
  async act(goal: string) {
    const msg = await this.client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 256, messages: [{ role: "user", content: goal }] });
    const first = msg.content[0];
    const command = first && first.type === "text" ? first.text : "";
    return execSync(command, { encoding: "utf8" }); // expect: llm-output-to-shell
  }
}

export async function promisifiedInline(task: string) {
  const res = await groq.chat.completions.create({ model: "llama-3.3-70b-versatile", messages: [{ role: "user", content: task }] });
  return promisify(exec)(res.choices[0].message.content ?? ""); // expect: llm-output-to-shell
}

// `checkSafe` reads as an allow-list, but its body refuses two words: `;`, `&&` and `$(…)` pass.
import { checkSafe } from "./lib/deny-lists";
export async function deniedWords(task: string) {
  const res = await groq.chat.completions.create({ model: "llama-3.3-70b-versatile", messages: [{ role: "user", content: task }] });
  const command = res.choices[0].message.content ?? "";
  if (!checkSafe(command)) throw new Error("refused");
  exec(command, () => undefined); // expect: llm-output-to-shell
}
