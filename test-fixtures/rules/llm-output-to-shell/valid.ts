// Hard negatives: shells that never see model output, and model output kept away from the shell.
import { exec, execFile, execFileSync, spawn } from "node:child_process";
import { $ } from "zx";
import Groq from "groq-sdk";
import { z } from "zod";
import { runFixed, runShell } from "./lib/run-shell";

const groq = new Groq();

async function ask(task: string): Promise<string> {
  const res = await groq.chat.completions.create({ model: "llama-3.3-70b-versatile", messages: [{ role: "user", content: task }] });
  return res.choices[0].message.content ?? "";
}

export function constantCommand() {
  exec("ls -la", () => undefined);
  runShell("npm run build");
  return runFixed();
}

export async function argumentNotShell(task: string) {
  const branch = await ask(task);
  // A fixed program without a shell: the model's text is one argument, not a command line.
  return execFileSync("git", ["checkout", "--", branch]);
}

export async function spawnWithoutShell(task: string) {
  const file = await ask(task);
  spawn("prettier", ["--write", file], { shell: false });
}

const COMMANDS = { status: ["git", "status"], log: ["git", "log", "-5"] } as const;
export async function lookupTable(task: string) {
  const choice = (await ask(task)) as keyof typeof COMMANDS;
  const [program, ...args] = COMMANDS[choice];
  execFile(program, args);
}

const ALLOWED = ["npm test", "npm run lint"];
export async function allowList(task: string) {
  const command = (await ask(task)).trim();
  if (!ALLOWED.includes(command)) throw new Error(`refused: ${command}`);
  exec(command, () => undefined);
}

export async function zodEnum(task: string) {
  const action = z.enum(["restart", "status"]).parse(await ask(task));
  exec(`systemctl ${action} web`, () => undefined);
}

export async function zxQuotesArguments(task: string) {
  const file = await ask(task);
  await $`cat ${file}`;
}

export async function logsOnly(task: string) {
  const answer = await ask(task);
  console.log(answer);
  exec("date", () => undefined);
}

export async function anchoredPattern(task: string) {
  const pkg = await ask(task);
  if (!/^[a-z0-9-]+$/.test(pkg)) return;
  exec(`npm view ${pkg} version`, () => undefined);
}

// Every argument quoted by a shell-quoting helper passed by reference (magento2-dev-mcp's fix).
import { exec as runShell } from "node:child_process";
import OpenAI from "openai";

declare function shellQuote(argument: string): string;

export async function quotedArguments(question: string) {
  const client = new OpenAI();
  const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
  const words = (completion.choices[0]?.message.content ?? "").split(" ");
  runShell(["bin/magento", ...words].map(shellQuote).join(" "));
}

// A predicate whose body refuses every shell metacharacter leaves no second command to start.
import { isCommandSafe } from "./lib/deny-lists";
export async function deniedMetacharacters(task: string) {
  const command = await ask(task);
  if (!isCommandSafe(command)) throw new Error("refused");
  exec(`git log --grep ${command}`, () => undefined);
}
