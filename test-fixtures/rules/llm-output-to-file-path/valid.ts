// Hard negatives: confined paths and fixed paths.
import fs from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { generateText, generateObject } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";

const ROOT = path.resolve("reports");

export async function confined(topic: string) {
  const { object } = await generateObject({ model: openai("gpt-4o"), schema: z.object({ filename: z.string(), body: z.string() }), prompt: topic });
  const target = path.resolve(ROOT, object.filename);
  if (!target.startsWith(ROOT + path.sep)) throw new Error("outside reports");
  await writeFile(target, object.body);
}

export async function basenameOnly(topic: string) {
  const { text } = await generateText({ model: openai("gpt-4o"), prompt: topic });
  await writeFile(path.join(ROOT, path.basename(text)), "draft");
}

export async function fixedFile(topic: string) {
  const { text } = await generateText({ model: openai("gpt-4o"), prompt: topic });
  fs.writeFileSync(path.join(ROOT, "latest.md"), text);
}

export async function enumChoice(topic: string) {
  const { object } = await generateObject({ model: openai("gpt-4o"), schema: z.object({ doc: z.enum(["faq", "terms"]) }), prompt: topic });
  return fs.readFileSync(path.join("docs", `${object.doc}.md`), "utf8");
}

// A project's own confinement helpers, recognized by name.
declare function isPathWithinAllowedDirectories(candidate: string, roots: readonly string[]): boolean;
async function validatePath(requested: string): Promise<string> {
  const absolute = path.resolve(ROOT, requested);
  if (!isPathWithinAllowedDirectories(absolute, [ROOT])) throw new Error("Access denied");
  return fs.realpathSync(absolute);
}

export async function viaValidatePath(topic: string) {
  const { text } = await generateText({ model: openai("gpt-4o"), prompt: topic });
  const target = await validatePath(text);
  fs.rmSync(target);
}

export async function viaPredicateGuard(topic: string) {
  const { text } = await generateText({ model: openai("gpt-4o"), prompt: topic });
  if (!isPathWithinAllowedDirectories(text, [ROOT])) return;
  fs.unlinkSync(text);
}

// A name reduced to letters, digits and dashes cannot leave its directory (context7's skills).
import { readFileSync as readSkill } from "node:fs";
import { generateText as generateName } from "ai";
import { openai as modelProvider } from "@ai-sdk/openai";

export async function skillFile(question: string) {
  const { text } = await generateName({ model: modelProvider("gpt-4o-mini"), prompt: question });
  return readSkill(`/srv/skills/${text.replace(/[^a-z0-9-]/g, "-")}.md`, "utf8");
}
