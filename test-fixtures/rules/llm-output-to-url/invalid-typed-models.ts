// Models and chains that reach the code by their type, not by a constructor call in view: a field
// typed `LLMChain` (Flowise's APIChain before GHSA-2x8m-83vc-6wv4), a parameter typed
// `BaseChatModel`, a value cast `as BaseLanguageModel`, a client typed `OpenAI`.
import { LLMChain } from "langchain/chains";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { BaseLanguageModel } from "@langchain/core/language_models/base";
import fetch from "node-fetch";
import OpenAI from "openai";

export class ApiChain {
  apiRequestChain: LLMChain;

  constructor(fields: { apiRequestChain: LLMChain }) {
    this.apiRequestChain = fields.apiRequestChain;
  }

  async call(question: string) {
    const body = await this.apiRequestChain.predict({ question });
    const { url, data } = JSON.parse(body);
    const res = await fetch(url, { method: "POST", body: JSON.stringify(data) }); // expect: llm-output-to-url
    return res.text();
  }
}

export async function pickLink(model: BaseChatModel, question: string) {
  const reply = await model.invoke(question);
  return fetch(String(reply.content)); // expect: llm-output-to-url
}

export async function fromNodeInputs(inputs: Record<string, unknown>) {
  const llm = inputs.model as BaseLanguageModel;
  const reply = await llm.invoke("Which page should I read?");
  return fetch(String(reply.content)); // expect: llm-output-to-url
}

export async function withClient(client: OpenAI) {
  const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "a URL" }] });
  return fetch(completion.choices[0]?.message.content ?? ""); // expect: llm-output-to-url
}
