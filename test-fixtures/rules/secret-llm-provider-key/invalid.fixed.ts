// True positives: live-looking AI provider keys in string and template literals.
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { GoogleGenAI } from "@google/genai";

export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY! }); // expect: secret-llm-provider-key

const SERVICE_ACCOUNT_KEY = process.env.OPENAI_API_KEY!; // expect: secret-llm-provider-key
export const admin = new OpenAI({ apiKey: SERVICE_ACCOUNT_KEY });

export const adminKey = process.env.OPENAI_API_KEY!; // expect: secret-llm-provider-key

export const legacy = new OpenAI({ apiKey: process.env.OPENAI_API_KEY! }); // expect: secret-llm-provider-key

export const anthropic = new Anthropic({
  apiKey: process.env.ANTHROPIC_API_KEY!, // expect: secret-llm-provider-key
});

export const anthropicAdmin = { "x-api-key": process.env.ANTHROPIC_API_KEY! }; // expect: secret-llm-provider-key

export const gemini = new GoogleGenAI({ apiKey: process.env.GOOGLE_API_KEY! }); // expect: secret-llm-provider-key

// A key inside a larger string: a URL query parameter.
export const geminiUrl = `https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent?key=${process.env.GOOGLE_API_KEY}`; // expect: secret-llm-provider-key

export const hfHeaders = { Authorization: `Bearer ${process.env.HF_TOKEN}` }; // expect: secret-llm-provider-key

export const groqKey: string = process.env.GROQ_API_KEY!; // expect: secret-llm-provider-key

export const xaiKey = process.env.XAI_API_KEY!; // expect: secret-llm-provider-key

export const replicateToken = process.env.REPLICATE_API_TOKEN!; // expect: secret-llm-provider-key

export async function askPerplexity(question: string): Promise<Response> {
  return fetch("https://api.perplexity.ai/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.PERPLEXITY_API_KEY}`, "Content-Type": "application/json" }, // expect: secret-llm-provider-key
    body: JSON.stringify({ model: "sonar", messages: [{ role: "user", content: question }] }),
  });
}

export const openrouter = new OpenAI({ baseURL: "https://openrouter.ai/api/v1", apiKey: process.env.OPENROUTER_API_KEY! }); // expect: secret-llm-provider-key

export const deepseek = new OpenAI({ baseURL: "https://api.deepseek.com", apiKey: process.env.DEEPSEEK_API_KEY! }); // expect: secret-llm-provider-key

export const fireworksKey = process.env.FIREWORKS_API_KEY!; // expect: secret-llm-provider-key

export const langsmith = { apiKey: process.env.LANGSMITH_API_KEY! }; // expect: secret-llm-provider-key

export const pinecone = { apiKey: process.env.PINECONE_API_KEY! }; // expect: secret-llm-provider-key

// A template literal with a substitution: the key sits in its head.
export function authHeader(org: string): string {
  return `Bearer ${process.env.GROQ_API_KEY}; org=${org}`; // expect: secret-llm-provider-key
}
