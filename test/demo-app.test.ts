import "../server/ruleset";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { it } from "node:test";
import { knownRuleIds } from "../server/engine/registry";
import { runCli } from "./support/cli";
import { parseExpectations } from "./support/expectations";

const demo = path.join(__dirname, "..", "test-fixtures", "demo-app");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.[jt]sx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

/**
 * The demo app carries planted findings marked `expect:` for every rule family. Those of rules
 * that exist must all be found, and nothing else; the others wait for their rules.
 */
it("llmsec lint test-fixtures/demo-app finds exactly the planted findings of the rules that exist", () => {
  const run = runCli(["lint", "test-fixtures/demo-app", "--format", "json"], path.join(__dirname, ".."));
  assert.equal(run.code, 1);
  const report = JSON.parse(run.stdout) as { results: { file: string; findings: { ruleId: string; line: number }[] }[] };
  const actual = report.results.flatMap((r) => r.findings.map((f) => `${path.relative(demo, r.file)}:${f.line}: ${f.ruleId}`)).sort();
  const expected = sourceFiles(path.join(demo, "src"))
    .flatMap((file) => parseExpectations(fs.readFileSync(file, "utf8")).map((e) => `${path.relative(demo, file)}:${e}`))
    .filter((e) => knownRuleIds().has(e.split(": ")[1] ?? ""))
    .sort();
  assert.ok(expected.length >= 3);
  assert.deepEqual(actual, expected);
});
