import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { it } from "node:test";

const root = path.join(__dirname, "..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith(".ts") ? [full] : [];
  });
}

it("the engine never imports the rules or the catalogue: its contracts are its own", () => {
  const offenders: string[] = [];
  for (const file of sourceFiles(path.join(root, "server", "engine"))) {
    const text = fs.readFileSync(file, "utf8");
    for (const match of text.matchAll(/(?:from\s+|import\s*\(\s*)["']([^"']+)["']/g)) {
      const target = path.resolve(path.dirname(file), match[1] ?? "");
      if (target.startsWith(path.join(root, "rules"))) offenders.push(`${path.relative(root, file)} → ${match[1]}`);
    }
  }
  assert.deepEqual(offenders, []);
});

it("the catalogue holds knowledge only: it imports nothing but the engine's types", () => {
  const offenders: string[] = [];
  for (const file of sourceFiles(path.join(root, "rules", "catalogue"))) {
    const text = fs.readFileSync(file, "utf8");
    for (const match of text.matchAll(/^import (type )?.*from ["']([^"']+)["']/gm)) {
      const specifier = match[2] ?? "";
      const local = specifier.startsWith("./");
      if (!local && match[1] === undefined) offenders.push(`${path.relative(root, file)} → ${specifier}`);
    }
  }
  assert.deepEqual(offenders, []);
});
