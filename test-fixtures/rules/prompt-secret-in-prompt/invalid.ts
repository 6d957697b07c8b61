// True positives: credentials in prompt text, in any role.
import OpenAI from "openai";
import { generateText } from "ai";
import { openai as provider } from "@ai-sdk/openai";
import { SystemMessage } from "@langchain/core/messages";

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export async function support(question: string) {
  return openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: `You handle refunds. Use the Stripe key ${process.env.STRIPE_SECRET_KEY} when asked.` }, // expect: prompt-secret-in-prompt
      { role: "user", content: question },
    ],
  });
}

const dbPassword = process.env.DB_PASSWORD;

export async function sqlHelper(question: string) {
  const { text } = await generateText({
    model: provider("gpt-4o"),
    prompt: `Connect with password ${dbPassword} and answer: ${question}`, // expect: prompt-secret-in-prompt
  });
  return text;
}

export function agentInstructions() {
  return new SystemMessage(`Database: ${process.env.DATABASE_URL}. GitHub token: ${process.env.GITHUB_TOKEN}.`); // expect: prompt-secret-in-prompt
}

// A key written in the code is a secret too, wherever it is interpolated.
const WEATHER_KEY = "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7dEf0hIj3kLm6nOp9q"; // expect: secret-llm-provider-key

export function weatherAgent() {
  return new SystemMessage(`Call the weather tool with key ${WEATHER_KEY}.`); // expect: prompt-secret-in-prompt
}
