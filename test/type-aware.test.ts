import "../server/ruleset";
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { runLint } from "../server/engine/run";
import { tempProject } from "./support/temp-project";

// A client that reaches the code through a workspace package: only its declared type says it
// is an OpenAI client. Minimal stand-ins for the packages' type declarations.
const files = {
  ".git/HEAD": "",
  "tsconfig.json": JSON.stringify({ compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", noEmit: true }, include: ["src"] }),
  "package.json": JSON.stringify({ name: "app", type: "module" }),
  "node_modules/openai/package.json": JSON.stringify({ name: "openai", types: "index.d.ts" }),
  "node_modules/openai/index.d.ts": `export interface ChatCompletion { choices: { message: { content: string | null } }[] }
export default class OpenAI {
  chat: { completions: { create(body: { model: string; messages: { role: string; content: string }[] }): Promise<ChatCompletion> } };
}
`,
  "node_modules/@acme/llm/package.json": JSON.stringify({ name: "@acme/llm", types: "index.d.ts" }),
  "node_modules/@acme/llm/index.d.ts": `import OpenAI from "openai";\nexport declare function getClient(): OpenAI;\nexport declare const notAClient: { chat: { completions: { create(body: unknown): Promise<{ choices: { message: { content: string } }[] }> } } };\n`,
  "src/answer.ts": `import { getClient, notAClient } from "@acme/llm";
const client = getClient();
export async function answer(question: string) {
  const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
  return eval(completion.choices[0]?.message.content ?? "");
}
export async function lookAlike(question: string) {
  const reply = await notAClient.chat.completions.create({ question });
  return eval(reply.choices[0]?.message.content ?? "");
}
`,
};

describe("type information", () => {
  it("with --project and the dependencies' types, recognizes an SDK client by its declared type", () => {
    const root = tempProject(files);
    const withTypes = runLint({ cwd: root, paths: [], tsconfig: "tsconfig.json" });
    const findings = withTypes.results.flatMap((r) => r.findings.map((f) => `${f.startPosition.line}: ${f.ruleId}`));
    assert.deepEqual(findings, ["5: llm-output-to-eval"]);
  });

  it("without type information, the same code gives no finding (no SDK import to go by)", () => {
    const root = tempProject(files);
    const syntaxOnly = runLint({ cwd: root, paths: ["src"] });
    assert.deepEqual(syntaxOnly.results.flatMap((r) => r.findings), []);
  });
});
