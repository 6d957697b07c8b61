// Hard negatives: environment lookups, placeholders, non-credential values, unknown clients.
import { Mistral } from "@mistralai/mistralai";
import { CohereClient } from "cohere-ai";
import { Ollama } from "ollama";
import { SomeClient } from "./some-client";

export const fromEnv = new Mistral({ apiKey: process.env.MISTRAL_API_KEY ?? "" });
export const placeholder = new Mistral({ apiKey: "YOUR_MISTRAL_API_KEY" });
export const placeholderLong = new CohereClient({ token: "<your-cohere-token-goes-here-1234>" });
export const testKey = new Mistral({ apiKey: "test-key-0123456789-abcdefghij" });
export const xs = new Mistral({ apiKey: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" });
export const short = new Ollama({ host: "http://127.0.0.1:11434", apiKey: "ollama" });
export const wordy = new CohereClient({ token: "my-cohere-token-from-the-dashboard" });
export const notACredentialOption = new Mistral({ serverURL: "https://api.mistral.ai/v1/k0bqJHkRRrzIz3kw7zOUPHSxBy2yfVH7" });
export const unknownClient = new SomeClient({ apiKey: "k0bqJHkRRrzIz3kw7zOUPHSxBy2yfVH7" });

export function headers(token: string): Record<string, string> {
  return {
    Authorization: `Bearer ${token}`,
    "Content-Type": "application/json",
    "x-request-id": "5f2b1c9e-8d4a-4b6f-9c3e-2a7d1e0f4b8c",
  };
}
export const concatenated = { Authorization: "Bearer " + process.env.API_TOKEN };
export const basicPlaceholder = { Authorization: "Basic <base64 user:password>" };
export const sequentialHeader = { "x-api-key": "abcdefghijklmnopqrstuvwxyz0123456789" };
export const cacheKey = new Map<string, string>([["token", "k0bqJHkRRrzIz3kw7zOUPHSxBy2yfVH7"]]);
// Paths and named identifiers in credential-looking places: not issued keys.
export const signingScope = { authorization: "/bedrock/aws4_request" };
export const relativeKeyFile = new CohereClient({ token: "./config/keys/cohere2024.txt" });
export const namedToken = { "x-api-key": "staging_api_gateway_key_v2" };

// A Basic pair of stand-ins (`user:password`, `admin:admin`) is no issued credential.
export const basicHeaders = { Authorization: "Basic dXNlcm5hbWU6cGFzc3dvcmQxMjM0NQ==" };
export const adminHeaders = { Authorization: "Basic YWRtaW46c2VjcmV0LXZhbHVlLTk4NzY=" };

// A request to a documentation host carries a sample credential.
export const sample = fetch("https://api.example.com/v1/chat", { headers: { Authorization: "Bearer cAm2JbE7AnVhm88n2FLRbPdcaI3HfhS5DaFulzR3" } });
