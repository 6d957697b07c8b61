import "../server/ruleset";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import Ajv from "ajv";
import { ConfigError, findConfigFile, parseConfig } from "../server/engine/config";
import { knownRuleIds } from "../server/engine/registry";
import { tempDirectory } from "./support/temp-project";

const file = "/project/llmsec.config.json";
const parse = (text: string) => parseConfig(file, text, knownRuleIds());
const schema = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "schema", "llmsec.config.schema.json"), "utf8")) as object;
// markdownDescription is the VS Code extension to JSON Schema used for hovers in the editor.
const ajv = new Ajv({ allErrors: true });
ajv.addKeyword("markdownDescription");
const validateWithSchema = ajv.compile(schema);

describe("llmsec.config.json", () => {
  const valid = [
    ["empty object", "{}"],
    ["rule severities", '{ "rules": { "secret-llm-provider-key": "warn", "secret-unprefixed-api-key": "off" } }'],
    ["ignore globs and $schema", '{ "$schema": "./node_modules/llmsec/schema/llmsec.config.schema.json", "ignore": ["generated/**", "**/*.spec.ts"] }'],
    ["comments and trailing commas are tolerated", '{\n  // turn one rule down\n  "rules": { "secret-cloud-credential": "warn" },\n}'],
  ] as const;
  for (const [name, text] of valid) {
    it(`accepts ${name}, as the shipped JSON schema does`, () => {
      const config = parse(text);
      assert.equal(config.root, "/project");
      if (!text.includes("//")) assert.ok(validateWithSchema(JSON.parse(text)), JSON.stringify(validateWithSchema.errors));
    });
  }

  it("reads severities and ignore patterns", () => {
    const config = parse('{ "rules": { "secret-llm-provider-key": "warn" }, "ignore": ["gen/**"] }');
    assert.equal(config.rules.get("secret-llm-provider-key"), "warn");
    assert.deepEqual(config.ignore, ["gen/**"]);
  });

  const invalid: readonly (readonly [string, string, RegExp])[] = [
    ["invalid JSON, with its position", '{ "rules": { "a": }', /invalid JSON at 1:19: Expression expected/],
    ["an array", "[]", /must be a JSON object/],
    ["an unknown top-level key, with a suggestion", '{ "rule": {} }', /"rule": unknown key \(did you mean "rules"\?\)/],
    ["an unknown rule id, with a suggestion", '{ "rules": { "secret-llm-provider-keys": "warn" } }', /"rules.secret-llm-provider-keys": unknown rule id \(did you mean "secret-llm-provider-key"\?\)/],
    ["a bad severity", '{ "rules": { "secret-llm-provider-key": "warning" } }', /"rules.secret-llm-provider-key": must be "off", "warn" or "error", not "warning"/],
    ["a numeric severity", '{ "rules": { "secret-llm-provider-key": 2 } }', /must be "off", "warn" or "error", not 2/],
    ["ignore that is not an array of strings", '{ "ignore": "dist" }', /"ignore": must be an array of non-empty glob strings/],
  ];
  for (const [name, text, message] of invalid) {
    it(`rejects ${name}, naming the file`, () => {
      assert.throws(() => parse(text), (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, /^\/project\/llmsec\.config\.json: /);
        assert.match(error.message, message);
        return true;
      });
      if (!name.startsWith("invalid JSON")) assert.equal(validateWithSchema(JSON.parse(text)), false, "the JSON schema should reject it too");
    });
  }

  it("is found in a parent directory, but not above the repository root", () => {
    const root = tempDirectory("llmsec-config-");
    const repo = path.join(root, "repo");
    fs.mkdirSync(path.join(repo, ".git"), { recursive: true });
    fs.mkdirSync(path.join(repo, "apps", "bot"), { recursive: true });
    fs.writeFileSync(path.join(root, "llmsec.config.json"), "{}");
    assert.equal(findConfigFile(path.join(repo, "apps", "bot")), undefined);
    fs.writeFileSync(path.join(repo, "llmsec.config.json"), "{}");
    assert.equal(findConfigFile(path.join(repo, "apps", "bot")), path.join(repo, "llmsec.config.json"));
  });
});
