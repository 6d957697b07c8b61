import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { runCli } from "./support/cli";
import { groqKey, tempProject } from "./support/temp-project";

// The official SARIF 2.1.0 (rtm.5) JSON schema, as shipped in @microsoft/jest-sarif; read offline.
const schemaPath = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
// unicodeRegExp off: the schema has a pattern (for `language`) that is valid only without the u flag.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, "utf8")) as object);

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; helpUri: string; shortDescription: { text: string }; properties: { tags: string[]; "security-severity"?: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }[];
      partialFingerprints: Record<string, string>;
      fixes?: { artifactChanges: { replacements: { insertedContent: { text: string } }[] }[] }[];
    }[];
    invocations: { toolExecutionNotifications: { message: { text: string } }[] }[];
  }[];
}

describe("SARIF output", () => {
  const root = tempProject({
    ".git/HEAD": "",
    "src/client.ts": `import Groq from "groq-sdk";\nexport const groq = new Groq({ apiKey: "${groqKey}" });\nexport const again = "${groqKey}";\n`,
    "src/with space.ts": `// llmsec-ignore-next-line secret-llm-provider-key -- stale\nexport const a = 1;\n`,
    "src/bundle.min.js": "var a=1;",
  });
  const run = runCli(["lint", "--format", "sarif"], root);
  const log = JSON.parse(run.stdout) as SarifLog;
  const sarifRun = log.runs[0];

  it("validates against the SARIF 2.1.0 schema", () => {
    assert.equal(run.code, 1);
    const valid = validate(log);
    assert.ok(valid, JSON.stringify(validate.errors, null, 2));
    const broken = JSON.parse(run.stdout) as { runs: { results: { level: string }[] }[] };
    const firstResult = broken.runs[0]?.results[0];
    if (firstResult) firstResult.level = "fatal";
    assert.equal(validate(broken), false, "the schema check must be able to fail");
  });

  it("describes every rule with help link, description, tags and security-severity", () => {
    const rule = sarifRun?.tool.driver.rules.find((r) => r.id === "secret-llm-provider-key");
    assert.ok(rule);
    assert.match(rule.helpUri, /^https:\/\/.+\/docs\/rules\/secret-llm-provider-key\.md$/);
    assert.ok(rule.shortDescription.text.length > 10);
    assert.deepEqual(rule.properties.tags, ["security", "owasp-llm/LLM02:2025", "external/cwe/cwe-798"]);
    assert.equal(rule.properties["security-severity"], "8.0");
  });

  it("gives results with regions relative to the source root, fingerprints, and fixes", () => {
    const results = sarifRun?.results ?? [];
    const keyResults = results.filter((r) => r.ruleId === "secret-llm-provider-key");
    assert.equal(keyResults.length, 2);
    const first = keyResults[0];
    assert.ok(first);
    assert.equal(sarifRun?.tool.driver.rules[first.ruleIndex]?.id, first.ruleId);
    assert.equal(first.level, "error");
    assert.deepEqual(first.locations[0]?.physicalLocation.artifactLocation, { uri: "src/client.ts", uriBaseId: "%SRCROOT%" });
    assert.deepEqual(first.locations[0]?.physicalLocation.region, { startLine: 2, startColumn: 40, endLine: 2, endColumn: 98 });
    assert.equal(first.fixes?.[0]?.artifactChanges[0]?.replacements[0]?.insertedContent.text, "process.env.GROQ_API_KEY!");
    const fingerprints = keyResults.map((r) => r.partialFingerprints["llmsecFingerprint/v1"]);
    assert.equal(new Set(fingerprints).size, 2, "distinct findings get distinct fingerprints");
    const unused = results.find((r) => r.ruleId === "llmsec-unused-ignore");
    assert.equal(unused?.locations[0]?.physicalLocation.artifactLocation.uri, "src/with%20space.ts");
  });

  it("keeps fingerprints stable when unrelated lines move", () => {
    const before = sarifRun?.results.map((r) => r.partialFingerprints["llmsecFingerprint/v1"]).sort();
    const file = path.join(root, "src", "client.ts");
    fs.writeFileSync(file, `// a new comment at the top\n\n${fs.readFileSync(file, "utf8")}`);
    const after = (JSON.parse(runCli(["lint", "--format", "sarif"], root).stdout) as SarifLog).runs[0]?.results.map((r) => r.partialFingerprints["llmsecFingerprint/v1"]).sort();
    assert.deepEqual(after, before);
  });

  it("lists skipped files as notifications and never contains the secret", () => {
    assert.match(sarifRun?.invocations[0]?.toolExecutionNotifications[0]?.message.text ?? "", /Skipped: minified file/);
    assert.ok(!run.stdout.includes(groqKey));
  });

  it("shows a taint finding's path, across files, as a codeFlow that validates", () => {
    const project = tempProject({
      ".git/HEAD": "",
      "src/ai.ts": 'import OpenAI from "openai";\nconst client = new OpenAI();\nexport async function ask(q: string) {\n  const r = await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: q }] });\n  return r.choices[0].message.content ?? "";\n}\n',
      "src/calc.ts": 'import { ask } from "./ai";\nexport async function calc(q: string) {\n  const code = await ask(q);\n  return eval(code);\n}\n',
    });
    const flowRun = runCli(["lint", "--format", "sarif"], project);
    const flowLog = JSON.parse(flowRun.stdout) as SarifLog & { runs: { results: { codeFlows?: { threadFlows: { locations: { location: { message: { text: string }; physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } } }[] }[] }[] }[] }[] };
    assert.ok(validate(flowLog), JSON.stringify(validate.errors, null, 2));
    const result = flowLog.runs[0]?.results.find((r) => r.ruleId === "llm-output-to-eval");
    assert.ok(result, flowRun.stdout);
    assert.equal(result.message.text, "Output of 'client.chat.completions.create' (ai.ts:4) reaches 'eval' (line 4): a prompt can run any code here. Parse data with JSON.parse instead.");
    const steps = (result as unknown as { codeFlows: { threadFlows: { locations: { location: { message: { text: string }; physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } } }[] }[] }[] }).codeFlows[0]?.threadFlows[0]?.locations.map((l) => `${l.location.physicalLocation.artifactLocation.uri}:${l.location.physicalLocation.region.startLine} ${l.location.message.text}`);
    assert.deepEqual(steps, [
      "src/ai.ts:4 model output from client.chat.completions.create",
      "src/ai.ts:4 assigned to 'r'",
      "src/calc.ts:3 returned by 'ask'",
      "src/calc.ts:3 assigned to 'code'",
      "src/calc.ts:4 reaches eval",
    ]);
  });
});
