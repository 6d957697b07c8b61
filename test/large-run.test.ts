import "../server/ruleset";
import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { filesPerEngine, runLint, treesKept } from "../server/engine/run";
import { moduleSpecifiers } from "../server/engine/taint/import-graph";
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
    for (let i = 0; i < total; i++) files[`src/m/${String(i).padStart(4, "0")}.ts`] = i % 40 === 0 ? caller(i) : `export const v${i} = ${i};\n`;
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
  it("finds every import form, across lines, and nothing else", () => {
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
    assert.deepEqual(moduleSpecifiers(text), ["./a", "../b", "./side-effect", "./star", "./d.js", "./e", "./f", "./g", "openai"]);
  });
});

describe("helpers that read many fields of their parameter", () => {
  it("keep the number of tracked paths bounded through nested calls, and still find the flow", () => {
    const fields = Array.from({ length: 12 }, (_, i) => `f${i}`);
    const convert = (name: string, inner: string) =>
      `function ${name}(m: any) { return { whole: ${inner}(m), ${fields.map((f) => `${f}: ${inner}(m.${f})`).join(", ")} }; }`;
    const text = [
      'import OpenAI from "openai";',
      "const openai = new OpenAI();",
      "function leaf(x: any) { return { text: x.content, b: x.b, c: x.c, d: x.d }; }",
      convert("level1", "leaf"),
      convert("level2", "level1"),
      convert("level3", "level2"),
      "export function wrap(m: any) { return level3(m); }",
      "export async function run(q: string) {",
      '  const completion = await openai.chat.completions.create({ model: "m", messages: [{ role: "user", content: q }] });',
      "  const converted = level3(completion.choices[0].message);",
      "  eval(converted.whole.whole.whole.text);",
      "}",
      "",
    ].join("\n");
    const root = tempProject({ ".git/HEAD": "", "src/convert.ts": text });
    const run = runLint({ cwd: root, paths: [] });
    const setup = run.lintOptions;
    const sourceFile = run.project.load(path.join(root, "src", "convert.ts"));
    assert.ok(sourceFile);
    let converted: import("typescript").Expression | undefined;
    const find = (node: import("typescript").Node): void => {
      if (node.getText() === "level3(m)") converted ??= node as import("typescript").Expression;
      node.forEachChild(find);
    };
    find(sourceFile);
    assert.ok(converted);
    // Without a bound: 13 × 13 × 13 × 4 paths into `m`.
    const paths = setup.taint.evaluator.evaluate(converted).facts.length;
    assert.ok(paths <= 16, `${paths} paths into one parameter`);
    assert.deepEqual(run.results.flatMap((r) => r.findings.map((f) => `${f.startPosition.line}: ${f.ruleId}`)), ["11: llm-output-to-eval"]);
  });
});
