// True positives: live-looking AI provider keys in string and template literals.
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { GoogleGenAI } from "@google/genai";

export const openai = new OpenAI({ apiKey: "sk-proj-TpjOnwdF9vpIJlgeP7wGp4FyGD-wmuOgZsUOL5Rl48sNdfg14vFev14NtB1DoBX_ECN7pKF2nkMKpzBnliZw0bglIw9aFCUqePR3hb1oJPe2YXr7rEETht-WW0WolJr5KNHZF5Rcv6ZOFvIakTqs2wtVBMiN" }); // expect: secret-llm-provider-key

const SERVICE_ACCOUNT_KEY = "sk-svcacct-UHo0sZK_clezE4xcN34M2muNfwQifHomZPeZelz7cgCNQA6jzJHPHcdrlUurvp6ugm_sGLgv1nKXB3wp8cFc-xj44Pr3o4ets2SWChfU-fY7wIXMgUK60pHx"; // expect: secret-llm-provider-key
export const admin = new OpenAI({ apiKey: SERVICE_ACCOUNT_KEY });

export const adminKey = 'sk-admin-vf3iHuiaYRm4aVk4qzYGhT7mepa-AObHbkwtqM3pwC13uz--ihDnaMhfsYxzPsvhehu-FJmxTSaOfCHU'; // expect: secret-llm-provider-key

export const legacy = new OpenAI({ apiKey: `sk-IJjMETYdT3YiiGnznFWoHbE4JihFHGXwkGi4NzYP3PUqA9es` }); // expect: secret-llm-provider-key

export const anthropic = new Anthropic({
  apiKey: "sk-ant-api03-tIVDJeTigzJ3okiuGsEctj45tP8YY-n4m5Vqt0hv6EdPWc_N8x0qPMuAOVtOzTtFZj-_8MgfD6qrybWW9bapCZOlO9MkAAA", // expect: secret-llm-provider-key
});

export const anthropicAdmin = { "x-api-key": "sk-ant-admin01-6jigpZpVTtGJmu6kfFhIGan2yMKEwTPEjYkdvUdWuoRnW_TEGPWoOa2xf9PRZoV3c8cX2d2ZYjc7xz8kS6gQyzOmtnVxXAA" }; // expect: secret-llm-provider-key

export const gemini = new GoogleGenAI({ apiKey: "AIzaGBS0nVeI2uJGnTuOEwtS0Gadl9WPTHMZEBu" }); // expect: secret-llm-provider-key

// A key inside a larger string: a URL query parameter.
export const geminiUrl = "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent?key=AIzah4cap5B0m3E7ZvyXslTjNOP5Tvms0LZjwHP"; // expect: secret-llm-provider-key

export const hfHeaders = { Authorization: "Bearer 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" }; // expect: secret-llm-provider-key

export const groqKey: string = "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"; // expect: secret-llm-provider-key

export const xaiKey = "xai-yXJzbeDGxH7DOEHLRqLbmOZ3VYW7LTe8STLoGgV28nEaEjNr5PW4lBOdE5jS312H9EtiMq5bOrEIIHOI"; // expect: secret-llm-provider-key

export const replicateToken = "r8_hqJHbkcFZDmbp1wcaNKJrEBj3a6Ak4uyBHXZ9"; // expect: secret-llm-provider-key

export async function askPerplexity(question: string): Promise<Response> {
  return fetch("https://api.perplexity.ai/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer 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`, "Content-Type": "application/json" }, // expect: secret-llm-provider-key
    body: JSON.stringify({ model: "sonar", messages: [{ role: "user", content: question }] }),
  });
}

export const openrouter = new OpenAI({ baseURL: "https://openrouter.ai/api/v1", apiKey: "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" }); // expect: secret-llm-provider-key

export const deepseek = new OpenAI({ baseURL: "https://api.deepseek.com", apiKey: "sk-e15b6869e64f3dcd7820b999276eb019" }); // expect: secret-llm-provider-key

export const fireworksKey = "fw_26JxZ4AUF7CJeWEiiFRd59KY"; // expect: secret-llm-provider-key

export const langsmith = { apiKey: "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" }; // expect: secret-llm-provider-key

export const pinecone = { apiKey: "pcsk_I3EEM_INMprp0sipSAULo7mLv7NbtRUoj2yedr1ccnOB3XBu1f4SjVmjIWfZ9zKUjAxHq" }; // expect: secret-llm-provider-key

// A template literal with a substitution: the key sits in its head.
export function authHeader(org: string): string {
  return `Bearer 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; org=${org}`; // expect: secret-llm-provider-key
}
