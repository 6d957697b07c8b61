import "../server/ruleset";
import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { selectFiles } from "../server/engine/files";
import { resolveModule, resolveWorkspaceModule } from "../server/engine/module-resolution";
import fs from "node:fs";
import ts from "typescript";
import { parseSource, readSource, reparseSource, syntaxErrors } from "../server/engine/source";
import { tempProject } from "./support/temp-project";

const relativeFiles = (root: string, args: string[], ignorePatterns: string[] = []) => {
  const selection = selectFiles(args, { cwd: root, ignorePatterns, ignoreRoot: root });
  return { files: selection.files.map((f) => path.relative(root, f)), unmatched: selection.unmatched };
};

describe("file selection", () => {
  const root = tempProject({
    ".git/HEAD": "ref: refs/heads/main\n",
    ".gitignore": "generated/\n*.log.ts\n",
    "src/app.ts": "",
    "src/page.tsx": "",
    "src/legacy.js": "",
    "src/worker.mjs": "",
    "src/config.cjs": "",
    "src/types.d.ts": "",
    "src/styles.css": "",
    "src/debug.log.ts": "",
    "src/nested/.gitignore": "local-only.ts\n",
    "src/nested/local-only.ts": "",
    "src/nested/kept.mts": "",
    "generated/client.ts": "",
    "node_modules/openai/index.js": "",
    "dist/cli.js": "",
    ".next/server.js": "",
    "test/app.test.ts": "",
  });

  it("walks directories for every JS/TS extension, skipping declarations, dependencies, build output and .gitignored files", () => {
    assert.deepEqual(relativeFiles(root, []).files, [
      "src/app.ts", "src/config.cjs", "src/legacy.js", "src/nested/kept.mts", "src/page.tsx", "src/worker.mjs", "test/app.test.ts",
    ]);
  });

  it("honors the config's ignore patterns", () => {
    assert.deepEqual(relativeFiles(root, ["src"], ["**/*.tsx", "src/nested/"]).files, ["src/app.ts", "src/config.cjs", "src/legacy.js", "src/worker.mjs"]);
  });

  it("expands globs relative to the working directory", () => {
    assert.deepEqual(relativeFiles(root, ["src/**/*.ts"]).files, ["src/app.ts"]);
    assert.deepEqual(relativeFiles(root, ["**/*.mts"]).files, ["src/nested/kept.mts"]);
  });

  it("lints a file or directory named explicitly even when .gitignore lists it", () => {
    assert.deepEqual(relativeFiles(root, ["generated/client.ts"]).files, ["generated/client.ts"]);
    assert.deepEqual(relativeFiles(root, ["generated"]).files, ["generated/client.ts"]);
  });

  it("picks up MCP client configs by the names clients read, and no other JSON", () => {
    const configs = tempProject({
      ".vscode/mcp.json": "{}",
      ".vscode/settings.json": "{}",
      ".cursor/mcp.json": "{}",
      ".mcp.json": "{}",
      ".gemini/settings.json": "{}",
      "claude_desktop_config.json": "{}",
      "docs/examples/mcp.json": "{}",
      "package.json": "{}",
      "tsconfig.json": "{}",
      "src/index.ts": "",
    });
    assert.deepEqual(relativeFiles(configs, []).files, [
      ".cursor/mcp.json", ".gemini/settings.json", ".mcp.json", ".vscode/mcp.json", "claude_desktop_config.json", "docs/examples/mcp.json", "src/index.ts",
    ]);
  });

  it("parses an MCP config as JSON with comments and trailing commas; a broken one has a syntax error", () => {
    const good = parseSource("/p/.vscode/mcp.json", '{\n  // servers\n  "servers": { "a": { "command": "npx", }, },\n}\n');
    assert.equal(syntaxErrors(good).length, 0);
    const broken = parseSource("/p/.vscode/mcp.json", '{ "servers": { "a": { "command": "npx" }\n');
    assert.ok(syntaxErrors(broken).length > 0);
  });

  it("reports arguments that match nothing", () => {
    assert.deepEqual(relativeFiles(root, ["missing.ts", "src/**/*.vue"]).unmatched, ["missing.ts", "src/**/*.vue"]);
  });
});

describe("reading sources", () => {
  const root = tempProject({
    "binary.ts": Buffer.from([0x63, 0x6f, 0x00, 0x01, 0x02]),
    "bundle.min.js": "var a=1;",
    "minified.js": `var a=${"1+".repeat(6000)}1;`,
    "huge.ts": `export const x = 1;\n${"// padding\n".repeat(220_000)}`,
    "bom.ts": "\ufeffexport const a = 1;\n",
    "plain.ts": "export const a = 1;\n",
  });
  const read = (name: string) => readSource(path.join(root, name));

  it("skips binary, minified and huge files with a reason", () => {
    assert.deepEqual(read("binary.ts"), { skipped: "binary file" });
    assert.deepEqual(read("bundle.min.js"), { skipped: "minified file" });
    assert.deepEqual(read("minified.js"), { skipped: "minified file (very long lines)" });
    assert.deepEqual(read("huge.ts"), { skipped: "larger than 2 MB" });
    assert.deepEqual(read("missing.ts"), { skipped: "cannot be read (ENOENT)" });
  });

  it("reads text, dropping a byte-order mark", () => {
    assert.deepEqual(read("plain.ts"), { text: "export const a = 1;\n" });
    assert.deepEqual(read("bom.ts"), { text: "export const a = 1;\n" });
  });
});

describe("re-parsing after an edit", () => {
  /** Every node's kind and span, in order: equal outlines mean equal trees. */
  const outline = (sourceFile: ts.SourceFile): string[] => {
    const out: string[] = [];
    const visit = (node: ts.Node): void => {
      out.push(`${ts.SyntaxKind[node.kind]}@${node.pos}-${node.end}${node.parent ? `^${node.parent.pos}` : ""}`);
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    return out;
  };
  const file = path.join(__dirname, "..", "test-fixtures", "demo-app", "src", "app", "api", "chat", "route.ts");
  const text = fs.readFileSync(file, "utf8");

  it("gives the tree a full parse gives, for insertions, deletions, replacements and broken code", () => {
    const edits: [number, number, string][] = [
      [text.indexOf("{") + 1, 0, "\n  const extra = 1;"],
      [text.indexOf("await"), "await".length, ""],
      [0, 0, "// header\n"],
      [text.length, 0, "\nexport function tail() {"],
      [Math.floor(text.length / 2), 10, "`${x}"],
      [0, text.length, "export const all = 'new';\n"],
    ];
    let previous = parseSource(file, text);
    let current = text;
    for (const [start, length, insert] of edits) {
      current = current.slice(0, start) + insert + current.slice(start + length);
      const reparsed = reparseSource(previous, current);
      assert.equal(reparsed.text, current);
      const full = parseSource(file, current);
      assert.deepEqual(outline(reparsed), outline(full));
      assert.deepEqual(syntaxErrors(reparsed).map((d) => [d.start, d.code]), syntaxErrors(full).map((d) => [d.start, d.code]));
      previous = reparsed;
    }
  });
});

describe("module resolution without node_modules", () => {
  const root = tempProject({
    "tsconfig.base.json": JSON.stringify({ compilerOptions: { baseUrl: "./src", paths: { "~/*": ["lib/*"], "config": ["settings/index.ts"] } } }),
    "tsconfig.json": '{ // comments are allowed\n "extends": "./tsconfig.base.json", "compilerOptions": { "strict": true } }',
    "src/lib/llm.ts": "export const x = 1;\n",
    "src/settings/index.ts": "export const y = 2;\n",
    "src/app/page.ts": "",
    "packages/web/jsconfig.json": JSON.stringify({ compilerOptions: { paths: { "@/*": ["./src/*"] } } }),
    "packages/web/src/util/format.js": "export const f = 1;\n",
    "packages/web/src/page.js": "",
    "packages/broken/tsconfig.json": "{ not json",
    "packages/broken/src/a.ts": "",
    "packages/plugin/tsconfig.json": JSON.stringify({ compilerOptions: { baseUrl: "src" } }),
    "packages/plugin/src/utils/utils.ts": "export const z = 3;\n",
    "packages/plugin/src/views/chat.ts": "",
    "packages/desktop/tsconfig.json": JSON.stringify({ files: [], references: [{ path: "./tsconfig.node.json" }, { path: "./tsconfig.web.json" }] }),
    "packages/desktop/tsconfig.node.json": JSON.stringify({ compilerOptions: { composite: true, baseUrl: ".", paths: { "@/*": ["src/main/*"] } } }),
    "packages/desktop/tsconfig.web.json": JSON.stringify({ compilerOptions: { composite: true, baseUrl: ".", paths: { "@renderer/*": ["src/renderer/src/*"], "@/*": ["src/renderer/src/*"] } } }),
    "packages/desktop/src/renderer/src/stores/chat.ts": "export const s = 1;\n",
    "packages/desktop/src/renderer/src/App.vue": "",
    "packages/desktop/src/main/index.ts": "",
    "packages/kit/package.json": "{}",
    "packages/kit/src/lib/markdown.ts": "export const m = 1;\n",
    "packages/kit/src/routes/+page.svelte": "",
    "packages/kit/svelte.config.js": "export default { kit: { alias: { $misc: 'src/misc', '$ui/*': './src/ui/*' } } };\n",
    "packages/kit/src/misc/stores.ts": "export const s = 1;\n",
    "packages/kit/src/ui/button.ts": "export const b = 1;\n",
  });
  const from = (file: string) => path.join(root, file);

  it("resolves relative paths and tsconfig `paths` aliases, following `extends` and `baseUrl`", () => {
    assert.equal(resolveModule("~/llm", from("src/app/page.ts"))?.resolvedFileName, from("src/lib/llm.ts"));
    assert.equal(resolveModule("config", from("src/app/page.ts"))?.resolvedFileName, from("src/settings/index.ts"));
    assert.equal(resolveModule("../lib/llm.js", from("src/app/page.ts"))?.resolvedFileName, from("src/lib/llm.ts"));
  });

  it("uses the nearest tsconfig.json or jsconfig.json, and leaves packages and broken configs alone", () => {
    assert.equal(resolveModule("@/util/format", from("packages/web/src/page.js"))?.resolvedFileName, from("packages/web/src/util/format.js"));
    assert.equal(resolveModule("~/llm", from("packages/web/src/page.js")), undefined, "another package's aliases do not apply");
    assert.equal(resolveModule("openai", from("src/app/page.ts")), undefined);
    assert.equal(resolveModule("@/x", from("packages/broken/src/a.ts")), undefined);
  });

  it("follows a solution-style tsconfig's references to their aliases, and SvelteKit's $lib", () => {
    assert.equal(resolveModule("@renderer/stores/chat", from("packages/desktop/src/renderer/src/App.vue"))?.resolvedFileName, from("packages/desktop/src/renderer/src/stores/chat.ts"));
    assert.equal(resolveModule("@/stores/chat", from("packages/desktop/src/renderer/src/App.vue"))?.resolvedFileName, from("packages/desktop/src/renderer/src/stores/chat.ts"), "the same `@/*` in the main process's config and the renderer's: the file that exists decides");
    assert.equal(resolveModule("$lib/markdown", from("packages/kit/src/routes/+page.svelte"))?.resolvedFileName, from("packages/kit/src/lib/markdown.ts"));
    assert.equal(resolveModule("$misc/stores", from("packages/kit/src/routes/+page.svelte"))?.resolvedFileName, from("packages/kit/src/misc/stores.ts"), "an alias of svelte.config.js, read as data");
    assert.equal(resolveModule("$ui/button", from("packages/kit/src/routes/+page.svelte"))?.resolvedFileName, from("packages/kit/src/ui/button.ts"));
    assert.equal(resolveModule("$other/x", from("packages/kit/src/routes/+page.svelte")), undefined);
  });

  it("resolves bare specifiers against `baseUrl` alone, after any `paths`, and leaves packages alone", () => {
    assert.equal(resolveModule("utils/utils", from("packages/plugin/src/views/chat.ts"))?.resolvedFileName, from("packages/plugin/src/utils/utils.ts"));
    assert.equal(resolveModule("obsidian", from("packages/plugin/src/views/chat.ts")), undefined);
    assert.equal(resolveModule("lib/llm", from("src/app/page.ts"))?.resolvedFileName, from("src/lib/llm.ts"), "`baseUrl` beside `paths`");
  });
});

describe("workspace packages without node_modules", () => {
  const root = tempProject({
    "pnpm-workspace.yaml": "packages:\n  - 'packages/*'\n  - '!packages/ignored'\n",
    "package.json": JSON.stringify({ name: "acme-root", private: true }),
    "packages/utils/package.json": JSON.stringify({ name: "@acme/utils", main: "./dist/index.cjs", types: "./dist/index.d.cts" }),
    "packages/utils/src/index.ts": "export * from './fs';\n",
    "packages/utils/src/fs.ts": "export const writeFile = 1;\n",
    "packages/kit/package.json": JSON.stringify({ name: "@acme/kit", exports: { ".": { types: "./dist/index.d.ts", import: "./dist/index.js" }, "./render": { import: "./dist/render.js" } } }),
    "packages/kit/src/index.ts": "export const k = 1;\n",
    "packages/kit/src/render.ts": "export const r = 1;\n",
    "packages/sdk/package.json": JSON.stringify({ name: "openai", main: "./src/index.ts" }),
    "packages/sdk/src/index.ts": "export default class OpenAI {}\n",
    "packages/ignored/package.json": JSON.stringify({ name: "@acme/ignored", main: "index.js" }),
    "packages/ignored/index.js": "",
    "packages/app/package.json": JSON.stringify({ name: "@acme/app" }),
    "packages/app/src/main.ts": "",
    "exported/packages/server/package.json": JSON.stringify({ name: "@solo/server" }),
    "exported/packages/server/src/tool.ts": "",
    "exported/packages/helpers/package.json": JSON.stringify({ name: "@solo/helpers", module: "./lib/index.mjs" }),
    "exported/packages/helpers/src/index.ts": "export const h = 1;\n",
    "standalone/app/package.json": JSON.stringify({ name: "app" }),
    "standalone/app/src/main.ts": "",
    "standalone/other/package.json": JSON.stringify({ name: "other", main: "index.js" }),
    "standalone/other/index.js": "",
  });
  const from = (file: string) => path.join(root, file);
  const none = () => false;

  it("resolves a workspace package to its source: built entries name their `src/` twin, `exports` subpaths too", () => {
    assert.equal(resolveWorkspaceModule("@acme/utils", from("packages/app/src/main.ts"), none)?.resolvedFileName, from("packages/utils/src/index.ts"));
    assert.equal(resolveWorkspaceModule("@acme/kit", from("packages/app/src/main.ts"), none)?.resolvedFileName, from("packages/kit/src/index.ts"));
    assert.equal(resolveWorkspaceModule("@acme/kit/render", from("packages/app/src/main.ts"), none)?.resolvedFileName, from("packages/kit/src/render.ts"));
  });

  it("leaves alone packages the workspace excludes, packages the catalogue knows, and a package's own name", () => {
    assert.equal(resolveWorkspaceModule("@acme/ignored", from("packages/app/src/main.ts"), none), undefined);
    assert.equal(resolveWorkspaceModule("openai", from("packages/app/src/main.ts"), (name) => name === "openai"), undefined);
    assert.equal(resolveWorkspaceModule("openai", from("packages/app/src/main.ts"), none)?.resolvedFileName, from("packages/sdk/src/index.ts"));
    assert.equal(resolveWorkspaceModule("@acme/utils", from("packages/utils/src/fs.ts"), none), undefined);
  });

  it("without a workspace manifest, finds the packages beside one kept in a `packages/` folder, and only there", () => {
    assert.equal(resolveWorkspaceModule("@solo/helpers", from("exported/packages/server/src/tool.ts"), none)?.resolvedFileName, from("exported/packages/helpers/src/index.ts"));
    assert.equal(resolveWorkspaceModule("other", from("standalone/app/src/main.ts"), none), undefined);
  });
});
