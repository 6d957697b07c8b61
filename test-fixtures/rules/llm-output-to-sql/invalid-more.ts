// True positives: more SDKs and shapes reaching SQL text.
import { Pool } from "pg";
import { generateObject } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { ChatGroq } from "@langchain/groq";
import OpenAI from "openai";

const pool = new Pool();
const client = new OpenAI();

export async function structuredButOpen(question: string) {
  // z.string() sanitizes nothing: the field is still free text written by the model.
  const { object } = await generateObject({ model: openai("gpt-4o"), schema: z.object({ customer: z.string(), limit: z.number() }), prompt: question });
  return pool.query(`SELECT * FROM orders WHERE customer = '${object.customer}' LIMIT ${object.limit}`); // expect: llm-output-to-sql
}

export async function withStructuredOutput(question: string) {
  const model = new ChatGroq({ model: "llama-3.3-70b-versatile" }).withStructuredOutput(z.object({ where: z.string() }));
  const plan = await model.invoke(question);
  return pool.query("SELECT * FROM tickets WHERE " + plan.where); // expect: llm-output-to-sql
}

export async function responsesApi(question: string) {
  const response = await client.responses.create({ model: "gpt-4.1", input: `SQL for: ${question}` });
  const { output_text: query } = response;
  return pool.query(query); // expect: llm-output-to-sql
}
