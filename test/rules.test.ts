import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { allRules } from "../rules";
import { parseExpectations } from "./support/expectations";
import { fixedSuffix, fixtureFiles, fixtureTests } from "./support/fixture-suite";

const fixtureRoot = path.join(__dirname, "..", "test-fixtures", "rules");

for (const rule of allRules) {
  const id = rule.meta.id;
  const dir = path.join(fixtureRoot, id);
  describe(`rule ${id}`, () => {
    it("has true positives, hard negatives and, if it has a fix, fix tests", () => {
      assert.ok(fs.existsSync(dir), `${id}: no fixture directory test-fixtures/rules/${id}`);
      const files = fixtureFiles(dir);
      const inputs = files.filter((f) => !fixedSuffix.test(f));
      assert.ok(inputs.some((f) => f.startsWith("valid")), `${id}: no valid* fixture (hard negatives)`);
      const positives = inputs
        .filter((f) => f.startsWith("invalid"))
        .flatMap((f) => parseExpectations(fs.readFileSync(path.join(dir, f), "utf8")))
        .filter((e) => e.endsWith(` ${id}`));
      assert.ok(positives.length > 0, `${id}: no invalid* fixture expects a finding of this rule`);
      if (rule.meta.fix !== "none") assert.ok(files.some((f) => fixedSuffix.test(f)), `${id}: has a fix but no *.fixed.* fixture`);
    });
    if (fs.existsSync(dir)) fixtureTests(dir);
  });
}
