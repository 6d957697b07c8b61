import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { it } from "node:test";
import { tempDirectory } from "./support/temp-project";
import { zipEntries } from "./support/zip";

it("vsce package produces a .vsix with only what runs, under 5 MB", () => {
  const root = path.join(__dirname, "..");
  const out = path.join(tempDirectory("llmsec-vsix-"), "llmsec.vsix");
  const vsce = path.join(root, "node_modules", "@vscode", "vsce", "vsce");
  const run = spawnSync(process.execPath, [vsce, "package", "--no-dependencies", "--out", out], { cwd: root, encoding: "utf8", timeout: 120_000 });
  assert.equal(run.status, 0, run.stderr + run.stdout);
  const names = zipEntries(out).map((e) => e.name).sort();
  assert.deepEqual(names, [
    "[Content_Types].xml",
    "extension.vsixmanifest",
    "extension/LICENSE.txt",
    "extension/changelog.md",
    "extension/dist/client.js",
    "extension/dist/server.js",
    "extension/images/icon.png",
    "extension/package.json",
    "extension/readme.md",
    "extension/schema/llmsec.config.schema.json",
  ]);
  assert.ok(fs.statSync(out).size < 5 * 1024 * 1024, `${fs.statSync(out).size} bytes`);
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { main: string; contributes: { commands: { command: string }[] } };
  assert.equal(manifest.main, "./dist/client.js");
  assert.deepEqual(manifest.contributes.commands.map((c) => c.command), ["llmsec.scanWorkspace", "llmsec.showToolInventory", "llmsec.restartServer"]);
});

it("the npm package holds the CLI, the language server, the schema and every rule's docs, and no sources", () => {
  const root = path.join(__dirname, "..");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const run = spawnSync(npm, ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8", timeout: 120_000 });
  assert.equal(run.status, 0, run.stderr);
  const [pack] = JSON.parse(run.stdout) as { files: { path: string }[] }[];
  const files = new Set((pack?.files ?? []).map((f) => f.path));
  for (const required of ["bin/llmsec.js", "bin/llmsec-language-server.js", "dist/cli.js", "dist/server.js", "schema/llmsec.config.schema.json", "README.md", "LICENSE", "docs/rules/README.md"]) {
    assert.ok(files.has(required), `${required} is missing`);
  }
  const ruleDocs = fs.readdirSync(path.join(root, "docs", "rules")).filter((f) => f !== "README.md");
  assert.ok(ruleDocs.length >= 13);
  for (const doc of ruleDocs) assert.ok(files.has(`docs/rules/${doc}`), `docs/rules/${doc} is missing`);
  assert.deepEqual([...files].filter((f) => /^(server|rules|client|test|test-fixtures|bench|scripts)\//.test(f) || f.endsWith(".map")), []);
});
