// Hard negatives: fixed endpoints, model output in the body or query, allow-listed hosts.
import axios from "axios";
import { ChatOpenAI } from "@langchain/openai";

const model = new ChatOpenAI({ model: "gpt-4o-mini" });
const ALLOWED_HOSTS = ["docs.example.com", "status.example.com"];

export async function fixedEndpoint(question: string) {
  const reply = await model.invoke(question);
  await fetch("https://hooks.example.com/notify", { method: "POST", body: JSON.stringify({ text: reply.content }) });
  await axios.post("https://api.example.com/v1/notes", { note: reply.text });
}

export async function queryParameterOnly(question: string) {
  const reply = await model.invoke(question);
  return fetch(`https://search.example.com/?q=${encodeURIComponent(String(reply.content))}`);
}

export async function allowListedHost(question: string) {
  const reply = await model.invoke(question);
  const url = new URL(String(reply.content));
  if (!ALLOWED_HOSTS.includes(url.hostname)) throw new Error("host not allowed");
  return fetch(url);
}

export async function prefixChecked(question: string) {
  const reply = await model.invoke(question);
  const target = String(reply.content);
  if (!target.startsWith("https://docs.example.com/")) return null;
  return fetch(target);
}

// A configured base URL and path, then the model's arguments as the query string only.
declare const endpoint: { url: string; path: string };
export async function configuredApiQuery(question: string) {
  const reply = await model.invoke(question);
  const params = new URLSearchParams(JSON.parse(String(reply.content)) as Record<string, string>).toString();
  const fullUrl = endpoint.url + endpoint.path + (params ? "?" + params : "");
  return fetch(fullUrl, { method: "GET" });
}

export async function queryAfterBase(question: string) {
  const reply = await model.invoke(question);
  return fetch(`${endpoint.url}/search?q=${String(reply.content)}`);
}

// A constant base URL with a path: the model's text lands in the path of a fixed host.
const POKE_API = "https://pokeapi.example.com/api/v2";
async function pokeApiGet(path: string) {
  const url = `${POKE_API}${path}`;
  return fetch(url);
}
export async function pokemon(question: string) {
  const reply = await model.invoke(question);
  return pokeApiGet(`/pokemon/${String(reply.content).toLowerCase()}`);
}

// A configured base URL, then a literal path: the model's text is in the path of that host.
export class ResearchClient {
  constructor(private readonly apiBaseUrl: string) {}
  async research(question: string) {
    const reply = await model.invoke(question);
    await fetch(`${this.apiBaseUrl}/research/${String(reply.content)}`);
    return fetch(this.apiBaseUrl + "/" + encodeURI(String(reply.content)));
  }
}

export async function relativeApi(question: string) {
  const reply = await model.invoke(question);
  return fetch(`/api/items/${String(reply.content)}`);
}

// The path built in a `let` that is never written again (khoj's Obsidian plugin renaming a chat).
export async function renameChat(settings: { serverUrl: string }, question: string) {
  const reply = await model.invoke(question);
  let editUrl = `/api/chat/title?title=${String(reply.content)}`;
  return fetch(`${settings.serverUrl}${editUrl}`, { method: "PATCH" });
}

// The same clients with a fixed origin: the model only chooses the path after it.
import nodeFetch from "node-fetch";
import ky from "ky";
import { generateText as generate } from "ai";
import { openai as provider } from "@ai-sdk/openai";

export async function fixedOrigins(question: string) {
  const { text } = await generate({ model: provider("gpt-4o-mini"), prompt: question });
  await nodeFetch(`https://api.example.com/search?q=${encodeURIComponent(text)}`);
  await ky.get(`https://api.example.com/items/${encodeURIComponent(text)}`);
}

// Internal addresses refused before the request (markdownify-mcp's fix of CVE-2025-5276).
declare function isPrivateIp(host: string): boolean;

export async function publicOnly(question: string) {
  const { text } = await generate({ model: provider("gpt-4o-mini"), prompt: question });
  const parsed = new URL(text);
  if (!["http:", "https:"].includes(parsed.protocol)) throw new Error("Only http and https");
  if (isPrivateIp(parsed.hostname)) throw new Error("Internal addresses are not fetched");
  return (await nodeFetch(text)).text();
}
