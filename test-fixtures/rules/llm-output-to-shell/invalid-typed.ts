// True positives: values typed with an SDK's result type are model output, whoever produced
// them (a library function, a queue, a test double): the annotation says what they hold.
import OpenAI from "openai";
import type { ChatCompletion, ChatCompletionMessage as Msg } from "openai/resources/chat/completions";
import type Anthropic from "@anthropic-ai/sdk";
import type { AIMessage } from "@langchain/core/messages";
import type { GenerateTextResult } from "ai";
import { exec, execSync } from "node:child_process";

export function runQualified(completion: OpenAI.Chat.Completions.ChatCompletion) {
  execSync(completion.choices[0]?.message.content ?? ""); // expect: llm-output-to-shell
}

export function runImported(completion: ChatCompletion | null) {
  const command = completion?.choices[0]?.message.content;
  if (command) exec(command); // expect: llm-output-to-shell
}

export function runRenamed(message: Msg) {
  exec(`sh -c "${message.content}"`); // expect: llm-output-to-shell
}

export function runToolArguments(message: Msg) {
  for (const call of message.tool_calls ?? []) {
    const { script } = JSON.parse(call.function.arguments) as { script: string };
    execSync(script); // expect: llm-output-to-shell
  }
}

export function runBlock(block: Anthropic.TextBlock) {
  execSync(block.text); // expect: llm-output-to-shell
}

export function runLangChain(reply: AIMessage) {
  execSync(String(reply.content)); // expect: llm-output-to-shell
}

export function runAiSdk(result: GenerateTextResult<never, never>) {
  execSync(result.text); // expect: llm-output-to-shell
}

export async function runFetched(response: Response) {
  const data: ChatCompletion = await response.json();
  execSync(data.choices[0]?.message.content ?? ""); // expect: llm-output-to-shell
}
