// A prompt template loaded from a saved config (LangChain Hub, a file fetched at start-up) is the
// app's own instructions, chosen on purpose; it is not a document for the model to read.
import { BasePromptTemplate } from "@langchain/core/prompts";
import { ChatOpenAI } from "@langchain/openai";

const model = new ChatOpenAI({ model: "gpt-4o-mini" });

export async function runSavedPrompt(question: string) {
  const response = await fetch("https://hub.example.com/prompts/agent.json");
  const saved = JSON.parse(await response.text());
  const prompt = await BasePromptTemplate.deserialize(saved.prompt);
  const value = await prompt.formatPromptValue({ input: question });
  return model.invoke(value.toChatMessages());
}
