import type { AgentKnowledge } from "../../server/engine/catalogue";

export const agents: AgentKnowledge = {
  // OpenAI (`tool_calls`), Anthropic (`stop_reason === "tool_use"`), AI SDK (`toolCalls`, `finishReason === "tool-calls"`), Gemini (`functionCalls`), Assistants (`requires_action`).
  // A stop reason alone says nothing of tools (`finish_reason === "length"` continues a long answer): its tool values do.
  toolRequestFields: ["tool_calls", "toolCalls", "function_call", "functionCall", "functionCalls", "tool_use", "tool-calls", "toolUse", "required_action", "requires_action"],
  toolOptions: ["tools", "functions", "toolConfig", "tool_choice", "toolChoice"],
  costOptions: [
    "max_tokens", "max_completion_tokens", "max_output_tokens", "maxOutputTokens", "maxTokens", "max_new_tokens", "num_predict", "maxTokensToSample",
    "n", "model", "stopWhen", "maxSteps", "maxTurns", "recursionLimit",
  ],
  costOptionHolders: ["generationConfig", "config", "options", "parameters", "inferenceConfig", "modelKwargs", "model_kwargs"],
  configuredKinds: ["lc-chat-model", "lc-llm", "lc-agent", "ai-agent", "gemini-model", "gemini-chat", "google-genai-chat"],
  runLimitOptions: ["recursionLimit", "maxTurns"],
  // readline's `rl.question`, prompts' `prompt`, `process.stdin`: a round that waits for a person is a chat, not a runaway agent.
  userInputCalls: ["question", "prompt", "readLine", "readline", "getUserInput", "input"],
};
