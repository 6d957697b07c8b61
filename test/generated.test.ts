import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { it } from "node:test";
import { generatedFiles } from "../scripts/generated-files";

it("rule docs and the config schema are generated from the current rule metadata (run `npm run docs`)", () => {
  const root = path.join(__dirname, "..");
  for (const [relative, content] of generatedFiles()) {
    const target = path.join(root, relative);
    assert.ok(fs.existsSync(target), `${relative} is missing`);
    assert.equal(fs.readFileSync(target, "utf8"), content, `${relative} is out of date`);
  }
});
