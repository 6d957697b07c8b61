import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { it } from "node:test";
import { describeFindings, parseExpectations } from "./expectations";
import { fixAll, lintText } from "./engine";
import { isMcpConfigFile } from "../../server/engine/mcp/config-files";

/** `x.fixed.ts`, or any file under a top folder `<name>.fixed/` (an MCP config keeps the file name its client reads). */
export const fixedSuffix = /\.fixed(\.[cm]?[jt]sx?)$|^[^\\/]+\.fixed[\\/]/;

/** Where the fixed form of a fixture is kept. */
export function fixedNameOf(input: string): string {
  if (isMcpConfigFile(input)) {
    const [top = "", ...rest] = input.split(/[\\/]/);
    return path.join(`${top}.fixed`, ...rest);
  }
  return input.replace(/(\.[cm]?[jt]sx?|\.vue|\.svelte)$/, ".fixed$1");
}

/** The fixture files below a directory (relative paths), declarations excluded. */
export function fixtureFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (relative: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else if ((/\.([cm]?[jt]sx?|vue|svelte)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) || isMcpConfigFile(child)) found.push(child);
    }
  };
  walk("");
  return found.sort();
}

/**
 * Registers a test per fixture in `dir`: the findings must be exactly those written inline,
 * and where `<name>.fixed.<ext>` exists, applying every fix must produce it, fixing again must
 * change nothing, and the fixed text must not have the findings the fixes were for.
 */
export function fixtureTests(dir: string): void {
  const files = fixtureFiles(dir);
  const runFiles = files.filter((f) => !fixedSuffix.test(f)).map((f) => path.join(dir, f));
  for (const input of files.filter((f) => !fixedSuffix.test(f))) {
    const file = path.join(dir, input);
    it(`${input}: reports exactly the findings written inline`, () => {
      const text = fs.readFileSync(file, "utf8");
      assert.deepEqual(describeFindings(lintText(file, text, runFiles)), parseExpectations(text));
    });
    const fixedName = fixedNameOf(input);
    if (!files.includes(fixedName)) continue;
    it(`${input}: fixes produce ${fixedName}, and fixing again changes nothing`, () => {
      const original = fs.readFileSync(file, "utf8");
      const fixed = fixAll(file, original, runFiles);
      assert.equal(fixed, fs.readFileSync(path.join(dir, fixedName), "utf8"));
      assert.equal(fixAll(file, fixed, runFiles), fixed);
      const fixedRules = new Set(lintText(file, original, runFiles).filter((f) => f.fix).map((f) => f.ruleId));
      const left = lintText(file, fixed, runFiles).filter((f) => fixedRules.has(f.ruleId) && f.fix);
      assert.deepEqual(describeFindings(left), [], "the fixed text still has fixable findings");
    });
  }
}
