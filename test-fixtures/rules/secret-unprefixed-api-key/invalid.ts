// True positives: prefix-less keys passed to known SDK clients or auth headers.
import { Mistral } from "@mistralai/mistralai";
import { CohereClient } from "cohere-ai";
import Together from "together-ai";
import { HfInference } from "@huggingface/inference";
import { createMistral } from "@ai-sdk/mistral";
import { ChatMistralAI } from "@langchain/mistralai";
import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import * as cohere from "cohere-ai";

export const mistral = new Mistral({ apiKey: "k0bqJHkRRrzIz3kw7zOUPHSxBy2yfVH7" }); // expect: secret-unprefixed-api-key
export const cohereClient = new CohereClient({ token: "cAm2JbE7AnVhm88n2FLRbPdcaI3HfhS5DaFulzR3" }); // expect: secret-unprefixed-api-key
export const together = new Together({ apiKey: "3b3ef5c8e43905e1296274de4b12ba8bc72cda46d07cc2c28494a158b8a13eaa" }); // expect: secret-unprefixed-api-key
export const hf = new HfInference("8Di6w8uREY7LkKcKA1k32o401Gf1kC"); // expect: secret-unprefixed-api-key
export const mistralProvider = createMistral({ apiKey: "k0bqJHkRRrzIz3kw7zOUPHSxBy2yfVH7" }); // expect: secret-unprefixed-api-key
export const chat = new ChatMistralAI({ model: "mistral-large-latest", apiKey: "k0bqJHkRRrzIz3kw7zOUPHSxBy2yfVH7" }); // expect: secret-unprefixed-api-key
export const viaNamespace = new cohere.CohereClientV2({ token: "cAm2JbE7AnVhm88n2FLRbPdcaI3HfhS5DaFulzR3" }); // expect: secret-unprefixed-api-key

export const bedrock = new BedrockRuntimeClient({
  region: "eu-west-1",
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? "",
    secretAccessKey: "v2bFhUtWaQNCoJbap2ESP1ftEPWK2P2BC+94UQr8", // expect: secret-unprefixed-api-key
  },
});

// Through a const declared elsewhere in the file, and through shorthand.
const MISTRAL_KEY = "k0bqJHkRRrzIz3kw7zOUPHSxBy2yfVH7"; // expect: secret-unprefixed-api-key
export const viaConst = new Mistral({ apiKey: MISTRAL_KEY });
export function makeClient(): CohereClient {
  const token = "cAm2JbE7AnVhm88n2FLRbPdcaI3HfhS5DaFulzR3"; // expect: secret-unprefixed-api-key
  return new CohereClient({ token });
}

// Auth headers.
export async function callModel(body: string): Promise<Response> {
  return fetch("https://api.example-llm.com/v1/chat", {
    method: "POST",
    headers: {
      Authorization: "Bearer yxMV7R02QxP4Fvod9XFB1xgiFZS7iGtCEUjriBD2", // expect: secret-unprefixed-api-key
      "x-api-key": "VgzAFOcjEPXcqSwSNTTWaPpDVALo4JOZdm8i", // expect: secret-unprefixed-api-key
    },
    body,
  });
}

export function withHeaders(): Headers {
  const headers = new Headers();
  headers.set("Authorization", "Bearer yxMV7R02QxP4Fvod9XFB1xgiFZS7iGtCEUjriBD2"); // expect: secret-unprefixed-api-key
  return headers;
}
