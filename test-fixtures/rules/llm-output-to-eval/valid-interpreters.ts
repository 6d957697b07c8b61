// Hard negatives: an interpreter given a fixed script file (the model's text is data for it),
// and Pyodide running constant code.
import { execFile } from "node:child_process";
import OpenAI from "openai";

const openai = new OpenAI();

export async function summarise(question: string, pyodide: { runPython(code: string): unknown }) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: question }] });
  const answer = completion.choices[0]?.message.content ?? "";
  execFile("python3", ["scripts/summarise.py", answer], () => undefined);
  pyodide.runPython("import sys; print(sys.version)");
}

// The Flowise fix (PR #5701): the project's validator vouches for the code before it runs.
declare function validatePythonCode(code: string): { valid: boolean; reason?: string };

export async function validated(question: string, pyodide: { runPythonAsync(code: string): Promise<unknown> }) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: question }] });
  const code = completion.choices[0]?.message.content ?? "";
  const validation = validatePythonCode(code);
  if (!validation.valid) throw new Error(`rejected: ${validation.reason}`);
  await pyodide.runPythonAsync(code);
}

// AppleScript with a fixed script: what varies is a quoted path, not code (Desktop Commander).
export async function revealInFinder(question: string) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: question }] });
  const file = (completion.choices[0]?.message.content ?? "").replace(/"/g, '\\"');
  execFile("osascript", ["-e", `tell application "Finder" to reveal POSIX file "${file}"`], () => undefined);
}
