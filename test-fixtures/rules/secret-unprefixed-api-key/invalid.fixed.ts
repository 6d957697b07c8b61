// True positives: prefix-less keys passed to known SDK clients or auth headers.
import { Mistral } from "@mistralai/mistralai";
import { CohereClient } from "cohere-ai";
import Together from "together-ai";
import { HfInference } from "@huggingface/inference";
import { createMistral } from "@ai-sdk/mistral";
import { ChatMistralAI } from "@langchain/mistralai";
import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import * as cohere from "cohere-ai";

export const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY! }); // expect: secret-unprefixed-api-key
export const cohereClient = new CohereClient({ token: process.env.COHERE_API_KEY! }); // expect: secret-unprefixed-api-key
export const together = new Together({ apiKey: process.env.TOGETHER_API_KEY! }); // expect: secret-unprefixed-api-key
export const hf = new HfInference(process.env.HF_TOKEN!); // expect: secret-unprefixed-api-key
export const mistralProvider = createMistral({ apiKey: process.env.MISTRAL_API_KEY! }); // expect: secret-unprefixed-api-key
export const chat = new ChatMistralAI({ model: "mistral-large-latest", apiKey: process.env.MISTRAL_API_KEY! }); // expect: secret-unprefixed-api-key
export const viaNamespace = new cohere.CohereClientV2({ token: process.env.COHERE_API_KEY! }); // expect: secret-unprefixed-api-key

export const bedrock = new BedrockRuntimeClient({
  region: "eu-west-1",
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? "",
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!, // expect: secret-unprefixed-api-key
  },
});

// Through a const declared elsewhere in the file, and through shorthand.
const MISTRAL_KEY = process.env.MISTRAL_API_KEY!; // expect: secret-unprefixed-api-key
export const viaConst = new Mistral({ apiKey: MISTRAL_KEY });
export function makeClient(): CohereClient {
  const token = process.env.COHERE_API_KEY!; // expect: secret-unprefixed-api-key
  return new CohereClient({ token });
}

// Auth headers.
export async function callModel(body: string): Promise<Response> {
  return fetch("https://api.example-llm.com/v1/chat", {
    method: "POST",
    headers: {
      Authorization: `Bearer ${process.env.API_KEY}`, // expect: secret-unprefixed-api-key
      "x-api-key": process.env.API_KEY!, // expect: secret-unprefixed-api-key
    },
    body,
  });
}

export function withHeaders(): Headers {
  const headers = new Headers();
  headers.set("Authorization", `Bearer ${process.env.API_KEY}`); // expect: secret-unprefixed-api-key
  return headers;
}
