import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { runCli } from "./support/cli";

const root = path.join(__dirname, "..");
const snapshots = path.join(__dirname, "snapshots");
// Fixture projects with tools of every supported SDK shape.
const projects = [
  "test-fixtures/rules/tool-unconstrained-capability/invalid.ts",
  "test-fixtures/rules/tool-unconstrained-capability/invalid-json-schema.ts",
  "test-fixtures/rules/tool-unconstrained-capability/valid.ts",
  "test-fixtures/rules/tool-missing-approval/invalid.ts",
  "test-fixtures/rules/tool-missing-approval/valid.ts",
  "test-fixtures/rules/llm-output-to-shell/invalid-tools.ts",
  // Tools named by the constant that holds them; a test's expected listing is no tool.
  "test-fixtures/rules/tool-unconstrained-capability/invalid-sink-aliases.ts",
  "test-fixtures/rules/tool-unconstrained-capability/valid-listing-test.ts",
  // A tool-like call the inventory cannot read is listed as not resolved.
  "test-fixtures/rules/tool-unconstrained-capability/valid-unresolved-tool.ts",
  // A concise registration helper whose instrumentation aliases the callback: its caller is the tool.
  "test-fixtures/rules/tool-unconstrained-capability/valid-aliased-wrapper.ts",
  // Annotations in the JSON.
  "test-fixtures/rules/tool-annotation-mismatch/invalid.ts",
];

/** Compares with a stored snapshot; `UPDATE_SNAPSHOTS=1 npm test` rewrites it after a deliberate change. */
function matchSnapshot(name: string, actual: string): void {
  const file = path.join(snapshots, name);
  if (process.env.UPDATE_SNAPSHOTS === "1") fs.writeFileSync(file, actual);
  assert.equal(actual, fs.readFileSync(file, "utf8"), `${name} differs from its snapshot`);
}

describe("llmsec tools", () => {
  it("prints the inventory as a table", () => {
    const run = runCli(["tools", ...projects, "--no-color"], root);
    assert.equal(run.code, 0, run.stderr);
    matchSnapshot("tools-table.txt", run.stdout);
  });

  it("prints the inventory as JSON, with every SDK shape found", () => {
    const run = runCli(["tools", ...projects, "--format", "json"], root);
    assert.equal(run.code, 0, run.stderr);
    matchSnapshot("tools.json", run.stdout);
    const { tools } = JSON.parse(run.stdout) as { tools: { name: string; sdk: string; risks: { unconstrained: boolean; missingApproval: boolean } }[] };
    assert.deepEqual([...new Set(tools.map((t) => t.sdk))].sort(), ["Anthropic", "LangChain", "MCP", "Mastra", "OpenAI Agents", "OpenAI Chat Completions", "OpenAI Responses", "Vercel AI SDK", "tool object"]);
    const byName = new Map(tools.map((t) => [t.name, t]));
    assert.deepEqual(byName.get("saveNote")?.risks, { unconstrained: true, missingApproval: true });
    assert.deepEqual(byName.get("approvedShell")?.risks, { unconstrained: false, missingApproval: false });
    assert.deepEqual(byName.get("readDoc")?.risks, { unconstrained: false, missingApproval: false });
  });

  it("says so when there are no tools, and rejects a bad format", () => {
    const none = runCli(["tools", "test-fixtures/rules/secret-cloud-credential"], root);
    assert.equal(none.stdout, "No agent tools found.\n");
    // A mock of an MCP client lists a remote server's tools; it defines none.
    const clientMock = runCli(["tools", "test-fixtures/engine/mcp-client-mock"], root);
    assert.equal(clientMock.stdout, "No agent tools found.\n");
    const bad = runCli(["tools", "--format", "xml"], root);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--format must be table or json/);
  });
});
