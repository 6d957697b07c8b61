// Model-chosen URLs fetched with the HTTP clients servers use besides fetch and axios.
import nodeFetch from "node-fetch";
import { request } from "undici";
import ky from "ky";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function follow(question: string) {
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: question });
  await nodeFetch(text); // expect: llm-output-to-url
  await request(text); // expect: llm-output-to-url
  await ky.get(text).text(); // expect: llm-output-to-url
}

// The host given in a request's options object.
import https from "node:https";

export async function optionsObject(question: string) {
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: question });
  https.request({ hostname: text, path: "/status" }); // expect: llm-output-to-url
}
