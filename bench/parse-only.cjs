// Baseline: parse every file of a directory with the TypeScript 6 parser and nothing else.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

function walk(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.[cm]?[jt]sx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

let nodes = 0;
for (const file of walk(process.argv[2], [])) {
  const sourceFile = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  nodes += sourceFile.statements.length;
}
process.stdout.write(`${nodes}\n`);
