import "../server/ruleset";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import type { Finding } from "../server/engine/finding";
import { applyFixes, ConcurrentModificationError, fixText, writeFileAtomic } from "../server/engine/fixes";
import type { Fix } from "../server/engine/rule";
import { parseSource } from "../server/engine/source";
import { tempProject } from "./support/temp-project";

const replace = (start: number, end: number, newText: string, safety: Fix["safety"] = "safe"): Fix => ({ safety, description: "test", edits: [{ start, end, newText }] });

/** A stand-in lint pass that offers the given fixes on the first pass only. */
function offering(fixes: Fix[]): (sf: { text: string }) => Finding[] {
  let first = true;
  return () => {
    const offered = first ? fixes : [];
    first = false;
    return offered.map((fix) => ({ fix }) as unknown as Finding);
  };
}

describe("applying fixes", () => {
  it("applies non-overlapping edits and leaves overlapping ones for a later pass", () => {
    const result = applyFixes("const a = 1; const b = 2;", [replace(10, 11, "10"), replace(23, 24, "20"), replace(10, 13, "5; ")]);
    assert.equal(result.text, "const a = 10; const b = 20;");
    assert.equal(result.applied.length, 2);
  });

  it("refuses a fix whose result no longer parses, and keeps the others", () => {
    const file = "/virtual/a.ts";
    const original = parseSource(file, "const a = 1;\nconst b = 2;\n");
    const breaking = replace(0, 5, "const (");
    const good = replace(23, 24, "3");
    const outcome = fixText(file, original, offering([breaking, good]), () => true);
    assert.equal(outcome.text, "const a = 1;\nconst b = 3;\n");
    assert.equal(outcome.applied, 1);
    assert.equal(outcome.refused, 1);
  });

  it("applies only the fixes the caller accepts", () => {
    const file = "/virtual/b.ts";
    const original = parseSource(file, "let x = 1;\n");
    const outcome = fixText(file, original, offering([replace(8, 9, "2", "suggestion")]), (fix) => fix.safety === "safe");
    assert.equal(outcome.text, "let x = 1;\n");
    assert.equal(outcome.applied, 0);
  });
});

describe("atomic writes", () => {
  it("replaces the file, keeps its mode and byte-order mark, and leaves no temporary file", () => {
    const root = tempProject({ "a.ts": "\ufefflet a = 1;\n" });
    const file = path.join(root, "a.ts");
    fs.chmodSync(file, 0o640);
    writeFileAtomic(file, "let a = 1;\n", "let a = 2;\n");
    assert.equal(fs.readFileSync(file, "utf8"), "\ufefflet a = 2;\n");
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(root), ["a.ts"]);
  });

  it("refuses to overwrite a file that changed on disk since it was read", () => {
    const root = tempProject({ "a.ts": "let a = 1; // edited meanwhile\n" });
    const file = path.join(root, "a.ts");
    assert.throws(() => writeFileAtomic(file, "let a = 1;\n", "let a = 2;\n"), ConcurrentModificationError);
    assert.equal(fs.readFileSync(file, "utf8"), "let a = 1; // edited meanwhile\n");
  });
});
