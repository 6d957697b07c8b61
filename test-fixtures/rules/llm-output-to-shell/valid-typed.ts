// Hard negatives: SDK types that are not model output, fields of a result the model does not
// write, and look-alike type names from other packages.
import type OpenAI from "openai";
import type { ChatCompletion } from "openai/resources/chat/completions";
import type { Message } from "./local-types";
import type { UIMessage } from "ai";
import { execSync } from "node:child_process";

export function runRequest(params: OpenAI.Chat.Completions.ChatCompletionCreateParams) {
  execSync(`echo ${params.model}`);
}

export function logUsage(completion: ChatCompletion) {
  execSync(`logger -t llm ${completion.id} ${completion.usage?.total_tokens ?? 0} ${completion.model}`);
}

export function runLocal(message: Message) {
  execSync(message.text);
}

export function runUserMessage(message: UIMessage) {
  execSync(`echo ${message.id}`);
}
