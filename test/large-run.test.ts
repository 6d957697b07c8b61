import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { filesPerEngine, runLint, treesKept } from "../server/engine/run";
import { relativeSpecifiers } from "../server/engine/taint/import-graph";
import { tempProject } from "./support/temp-project";

const helper = `import OpenAI from "openai";
const openai = new OpenAI();
export async function ask(question: string): Promise<string> {
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
  return completion.choices[0]?.message.content ?? "";
}
`;
const caller = (i: number) => `import { ask } from "../a-helper";
export async function run${i}(q: string) {
  const code = await ask(q);
  return eval(code);
}
`;

describe("a run larger than one engine's batch", () => {
  it("renews the engine and drops trees, yet finds every cross-file flow", () => {
    const files: Record<string, string> = { ".git/HEAD": "", "src/a-helper.ts": helper };
    const total = filesPerEngine * 2 + 50;
    // Callers spread over the whole run, so most are analyzed after the helper's tree was dropped.
    for (let i = 0; i < total; i++) files[`src/m/${String(i).padStart(4, "0")}.ts`] = i % 50 === 0 ? caller(i) : `export const v${i} = ${i};\n`;
    const root = tempProject(files);
    const run = runLint({ cwd: root, paths: [] });
    const evalFindings = run.results.flatMap((r) => r.findings.filter((f) => f.ruleId === "llm-output-to-eval").map((f) => path.basename(r.file)));
    const expected = Object.keys(files).filter((f) => f.startsWith("src/m/") && files[f]?.includes("eval")).map((f) => path.basename(f));
    assert.deepEqual(evalFindings.sort(), expected.sort());
    assert.ok(expected.length >= 10);
    assert.ok(run.project.treeCount <= treesKept + filesPerEngine, `${run.project.treeCount} trees kept`);
  });
});

describe("import specifiers read from text", () => {
  it("finds every relative import form, across lines, and nothing else", () => {
    const text = [
      'import a from "./a";',
      "import {\n  b,\n  c,\n} from '../b';",
      'import "./side-effect";',
      'export * from "./star";',
      'export { d } from "./d.js";',
      'const e = require("./e");',
      'const f = await import("./f");',
      'import type { G } from "./g";',
      'import pkg from "openai";',
      'const url = "./not-an-import";',
    ].join("\n");
    assert.deepEqual(relativeSpecifiers(text), ["./a", "../b", "./side-effect", "./star", "./d.js", "./e", "./f", "./g"]);
  });
});
