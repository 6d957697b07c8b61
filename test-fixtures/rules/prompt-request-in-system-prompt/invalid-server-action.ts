"use server";
// A "use server" action: its arguments come from whoever posts the form.
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

export async function rewrite(formData: FormData) {
  const style = String(formData.get("style"));
  const { text } = await generateText({ model: openai("gpt-4o"), system: `Rewrite the text in a ${style} style.`, prompt: String(formData.get("text")) }); // expect: prompt-request-in-system-prompt
  return text;
}

export const greet = async (input: { name: string; mood: string }) => {
  const { text } = await generateText({ model: openai("gpt-4o"), system: `Greet the user; you feel ${input.mood}.`, prompt: input.name }); // expect: prompt-request-in-system-prompt
  return text;
};
