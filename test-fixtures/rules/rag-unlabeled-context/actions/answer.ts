"use server";
// A server action that server code also calls: what it is given still arrives.
import OpenAI from "openai";

const openai = new OpenAI();

export async function answerFrom(context: string, question: string) {
  return openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `Context: ${context}\nQuestion: ${question}` }] }); // expect: rag-unlabeled-context
}
