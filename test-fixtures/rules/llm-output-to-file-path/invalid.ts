// True positives: model-chosen paths.
import fs from "node:fs";
import { writeFile, rm } from "node:fs/promises";
import path from "node:path";
import { generateText, generateObject } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";

export async function saveReport(topic: string) {
  const { object } = await generateObject({ model: openai("gpt-4o"), schema: z.object({ filename: z.string(), body: z.string() }), prompt: topic });
  await writeFile(path.join("reports", object.filename), object.body); // expect: llm-output-to-file-path
}

export async function cleanup(task: string) {
  const { text } = await generateText({ model: openai("gpt-4o"), prompt: task });
  await rm(text.trim(), { recursive: true }); // expect: llm-output-to-file-path
}

export async function readForContext(task: string) {
  const { toolCalls } = await generateText({ model: openai("gpt-4o"), prompt: task });
  for (const call of toolCalls) {
    const content = fs.readFileSync(call.input.path, "utf8"); // expect: llm-output-to-file-path
    console.log(content);
  }
}

// A helper whose name promises nothing, and a check that does not stop the call.
function resolveUpload(name: string): string {
  return path.join("/srv/uploads", name);
}
export async function unconfined(task: string) {
  const { text } = await generateText({ model: openai("gpt-4o"), prompt: task });
  const target = resolveUpload(text);
  if (!target.startsWith("/srv/uploads")) console.warn("outside uploads");
  fs.writeFileSync(target, "x"); // expect: llm-output-to-file-path
}
