import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import type { CodeAction, Hover, TextEdit } from "vscode-languageserver-protocol";
import { LspSession } from "./support/lsp-client";
import { groqKey as groqKeyForLsp, tempProject } from "./support/temp-project";

/** Applies LSP text edits to a text (edits on distinct ranges, applied back to front). */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }) => (lineStarts[p.line] ?? text.length) + p.character;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)).reduce((acc, e) => acc.slice(0, offset(e.range.start)) + e.newText + acc.slice(offset(e.range.end)), text);
}

const aiFile = `import OpenAI from "openai";
const client = new OpenAI();
export async function ask(question: string): Promise<string> {
  const r = await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: question }] });
  return r.choices[0].message.content ?? "";
}
`;
const sqlFile = `import { Pool } from "pg";
import { ask } from "./ai";
const pool = new Pool();
export async function orders(question: string) {
  const status = await ask(question);
  return pool.query(\`SELECT * FROM orders WHERE status = '\${status}'\`);
}
`;
const toolFile = `import { tool } from "ai";
import { z } from "zod";
import { execSync } from "node:child_process";
export const tools = {
  shell: tool({
    description: "Run a command",
    inputSchema: z.object({ command: z.string() }),
    execute: async ({ command }) => execSync(command).toString(),
  }),
};
`;

const mcpConfig = `{
  // servers this workspace starts
  "servers": {
    "github": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"] },
    "docs": { "type": "http", "url": "http://mcp.example.com/mcp" }
  }
}
`;

describe("language server over JSON-RPC", () => {
  let root: string;
  let session: LspSession;
  const file = (name: string) => path.join(root, "src", name);

  before(async () => {
    root = tempProject({ ".git/HEAD": "", ".vscode/mcp.json": mcpConfig, "src/ai.ts": aiFile, "src/orders.ts": sqlFile, "src/tools.ts": toolFile, "src/clean.ts": "export const x = 1;\n" });
    session = new LspSession();
    const result = (await session.initialize(root)) as { capabilities: { codeActionProvider: { codeActionKinds: string[] }; hoverProvider: boolean } };
    assert.deepEqual(result.capabilities.codeActionProvider.codeActionKinds, ["quickfix", "source.fixAll.llmsec"]);
    assert.equal(result.capabilities.hoverProvider, true);
  });
  after(() => session.close());

  it("scans the workspace in the background and publishes diagnostics with code, docs link and the taint path", async () => {
    await session.waitFor(() => session.diagnosticsOf(file("orders.ts")).length > 0 && session.diagnosticsOf(file("clean.ts")) !== undefined);
    const [diagnostic] = session.diagnosticsOf(file("orders.ts"));
    assert.ok(diagnostic);
    assert.equal(diagnostic.source, "llmsec");
    assert.equal(diagnostic.code, "llm-output-to-sql");
    assert.match(diagnostic.codeDescription?.href ?? "", /docs\/rules\/llm-output-to-sql\.md$/);
    assert.equal(diagnostic.severity, 1);
    const steps = (diagnostic.relatedInformation ?? []).map((r) => `${path.basename(fileFromUri(r.location.uri))}:${r.location.range.start.line + 1} ${r.message}`);
    assert.deepEqual(steps, ["ai.ts:4 model output from client.chat.completions.create", "ai.ts:4 assigned to 'r'", "orders.ts:5 returned by 'ask'", "orders.ts:5 assigned to 'status'", "orders.ts:6 reaches pool.query"]);
    assert.ok(session.statuses.length > 0, "a status notification with the counts is sent");
  });

  it("diagnoses MCP configs, scanned and opened, and offers their fixes", async () => {
    const config = path.join(root, ".vscode", "mcp.json");
    await session.waitFor(() => (session.diagnosticsOf(config) ?? []).length === 2);
    assert.deepEqual(session.diagnosticsOf(config).map((d) => `${d.range.start.line + 1} ${String(d.code)}`), ["4 mcp-unpinned-package", "5 mcp-plain-http"]);
    const uri = pathToFileURL(config).href;
    session.open(config, mcpConfig);
    const edited = mcpConfig.replace("server-github", "server-github@2025.4.8");
    session.change(config, edited, 2);
    await session.waitFor(() => session.diagnosticsOf(config).length === 1);
    const [plainHttp] = session.diagnosticsOf(config);
    assert.ok(plainHttp);
    const actions = (await session.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: plainHttp.range, context: { diagnostics: [plainHttp], only: ["quickfix"] } })) as CodeAction[];
    assert.equal(actions[0]?.title, "Connect over https:// (review the change)");
    assert.match(applyEdits(edited, actions[0]?.edit?.changes?.[uri] ?? []), /"url": "https:\/\/mcp\.example\.com\/mcp"/);
  });

  it("updates diagnostics on edit, and across files when a file another depends on changes", async () => {
    session.open(file("ai.ts"), aiFile);
    session.open(file("orders.ts"), sqlFile);
    await session.waitFor(() => session.diagnosticsOf(file("orders.ts")).length === 1);
    // Make `ask` return a constant: the flow into orders.ts disappears though orders.ts did not change.
    session.change(file("ai.ts"), aiFile.replace('return r.choices[0].message.content ?? "";', 'return "open";'), 2);
    await session.waitFor(() => session.diagnosticsOf(file("orders.ts")).length === 0);
    session.change(file("ai.ts"), aiFile, 3);
    await session.waitFor(() => session.diagnosticsOf(file("orders.ts")).length === 1);
  });

  it("offers the rule's fix as a preferred quick fix and an ignore-comment action; applying the fix clears the finding", async () => {
    const uri = pathToFileURL(file("orders.ts")).href;
    const [diagnostic] = session.diagnosticsOf(file("orders.ts"));
    assert.ok(diagnostic);
    const actions = (await session.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ["quickfix"] } })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles, ["Pass the model's output as bound query parameters", "Ignore llm-output-to-sql on this line"]);
    assert.equal(actions[0]?.isPreferred, true);
    const fixed = applyEdits(sqlFile, actions[0]?.edit?.changes?.[uri] ?? []);
    assert.match(fixed, /pool\.query\(`SELECT \* FROM orders WHERE status = \$1`, \[status\]\)/);
    session.change(file("orders.ts"), fixed, 4);
    await session.waitFor(() => session.diagnosticsOf(file("orders.ts")).length === 0);
    const ignored = applyEdits(sqlFile, actions[1]?.edit?.changes?.[uri] ?? []);
    assert.match(ignored, /\n  \/\/ llmsec-ignore-next-line llm-output-to-sql -- <reason>\n  return pool\.query/);
  });

  it("answers source.fixAll.llmsec with every safe fix as one edit", async () => {
    const text = `// llmsec-ignore-next-line llm-output-to-eval -- stale\nexport const a = 1;\n${sqlFile.replace(/^import/m, "import")}`;
    session.open(file("fixall.ts"), text.replace('"./ai"', '"./ai"'));
    await session.waitFor(() => session.diagnosticsOf(file("fixall.ts")).length === 2);
    const uri = pathToFileURL(file("fixall.ts")).href;
    const actions = (await session.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ["source.fixAll"] } })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0]?.kind, "source.fixAll.llmsec");
    const fixed = applyEdits(text, actions[0]?.edit?.changes?.[uri] ?? []);
    assert.ok(!fixed.includes("llmsec-ignore-next-line"), "the unused suppression is removed");
    assert.match(fixed, /status = \$1`, \[status\]\)/);
  });

  it("shows a tool's capability summary on hover", async () => {
    session.open(file("tools.ts"), toolFile);
    await session.waitFor(() => session.diagnosticsOf(file("tools.ts")).length >= 2);
    const hover = (await session.connection.sendRequest("textDocument/hover", { textDocument: { uri: pathToFileURL(file("tools.ts")).href }, position: { line: 4, character: 10 } })) as Hover;
    const value = typeof hover.contents === "object" && "value" in hover.contents ? hover.contents.value : "";
    assert.match(value, /\*\*Agent tool `shell`\*\* \(Vercel AI SDK\)/);
    assert.match(value, /\| `command` \| string \(free text\) \|/);
    assert.match(value, /Can run shell commands: `child_process.execSync` \(line 8\) — \*\*model-chosen `command` reaches it unconstrained\*\*/);
    assert.match(value, /Approval: \*\*none\*\* \(destructive tool\)/);
  });

  it("survives a document that does not parse, and a malformed message", async () => {
    session.open(file("broken.ts"), "export function f( {\n  return eval(\n");
    await session.waitFor(() => session.diagnosticsOf(file("broken.ts")).some((d) => d.code === "llmsec-syntax-error"));
    session.process.stdin?.write("Content-Length: 20\r\n\r\n{ this is not json }");
    session.process.stdin?.write("Content-Length: 44\r\n\r\n" + JSON.stringify({ jsonrpc: "2.0", id: 999, method: "nope" }).padEnd(44));
    const inventory = (await session.connection.sendRequest("llmsec/toolInventory")) as string;
    assert.match(inventory, /^TOOL\s+SDK\s+LOCATION/);
    assert.match(inventory, /shell\s+Vercel AI SDK\s+src\/tools\.ts:5/);
    assert.equal(session.process.exitCode, null, "the server is still running");
  });

  it("skips a huge minified buffer with no diagnostics, and forgets a deleted file", async () => {
    session.open(file("bundle.js"), `var a=${"1+".repeat(6000)}eval(x);`);
    const minifiedUri = pathToFileURL(file("bundle.js")).href;
    await session.waitFor(() => session.diagnostics.has(minifiedUri));
    assert.deepEqual(session.diagnosticsOf(file("bundle.js")), []);
    fs.rmSync(file("tools.ts"));
    void session.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(file("tools.ts")).href, type: 3 }] });
    await session.waitFor(() => session.diagnosticsOf(file("tools.ts")).length === 0);
    assert.equal(session.process.exitCode, null);
  });
});

function fileFromUri(uri: string): string {
  return new URL(uri).pathname;
}


describe("language server on a workspace larger than one analysis batch", () => {
  it("finds the cross-file flows of files scanned after the engine was renewed and trees dropped", async () => {
    const files: Record<string, string> = { ".git/HEAD": "", "src/ai.ts": aiFile };
    for (let i = 0; i < 600; i++) {
      const name = `src/m/${String(i).padStart(4, "0")}.ts`;
      files[name] = i % 100 === 99 ? sqlFile.replace('"./ai"', '"../ai"') : `export const v${i} = ${i};\n`;
    }
    const root = tempProject(files);
    const session = new LspSession();
    try {
      await session.initialize(root);
      await session.connection.sendRequest("llmsec/scanWorkspace");
      const flagged = Object.keys(files).filter((f) => files[f]?.includes("pool.query"));
      assert.equal(flagged.length, 6);
      for (const file of flagged) {
        assert.deepEqual(session.diagnosticsOf(path.join(root, file)).map((d) => d.code), ["llm-output-to-sql"], file);
      }
    } finally {
      await session.close();
    }
  });
});

describe("language server in a multi-root workspace", () => {
  it("analyzes each folder with its own config, scans every folder, and follows folders added later", async () => {
    const keyFile = (name: string) => `import Groq from "groq-sdk";\nexport const ${name} = new Groq({ apiKey: "${groqKeyForLsp}" });\n`;
    const api = tempProject({ ".git/HEAD": "", "src/client.ts": keyFile("api") });
    const web = tempProject({ ".git/HEAD": "", "llmsec.config.json": JSON.stringify({ rules: { "secret-llm-provider-key": "warn" } }), "src/client.ts": keyFile("web") });
    const later = tempProject({ ".git/HEAD": "", "llmsec.config.json": JSON.stringify({ rules: { "secret-llm-provider-key": "off" } }), "src/client.ts": keyFile("later"), "src/ai.ts": aiFile, "src/sql.ts": sqlFile });
    const session = new LspSession();
    try {
      await session.initialize(api, web);
      await session.connection.sendRequest("llmsec/scanWorkspace");
      // Severity 1 is error, 2 is warning: each folder's own llmsec.config.json applies.
      assert.deepEqual(session.diagnosticsOf(path.join(api, "src", "client.ts")).map((d) => [d.code, d.severity]), [["secret-llm-provider-key", 1]]);
      assert.deepEqual(session.diagnosticsOf(path.join(web, "src", "client.ts")).map((d) => [d.code, d.severity]), [["secret-llm-provider-key", 2]]);

      void session.connection.sendNotification("workspace/didChangeWorkspaceFolders", { event: { added: [{ uri: pathToFileURL(later).href, name: "later" }], removed: [{ uri: pathToFileURL(web).href, name: "web" }] } });
      await session.waitFor(() => session.diagnosticsOf(path.join(later, "src", "sql.ts")).length > 0);
      assert.deepEqual(session.diagnosticsOf(path.join(later, "src", "sql.ts")).map((d) => d.code), ["llm-output-to-sql"]);
      assert.deepEqual(session.diagnosticsOf(path.join(later, "src", "client.ts")), [], "the added folder's config turns the rule off");
      await session.waitFor(() => session.diagnosticsOf(path.join(web, "src", "client.ts")).length === 0);
    } finally {
      await session.close();
    }
  });

  it("follows a tsconfig `paths` change: aliased imports resolve again and findings update", async () => {
    // `@app/…` reads as a scoped package until tsconfig says otherwise (`@/…` would resolve to src/ by convention).
    const aliasedSql = sqlFile.replace('"./ai"', '"@app/ai"');
    const root = tempProject({ ".git/HEAD": "", "tsconfig.json": JSON.stringify({ compilerOptions: { strict: true } }), "src/ai.ts": aiFile, "src/sql.ts": aliasedSql });
    const session = new LspSession();
    try {
      await session.initialize(root);
      await session.connection.sendRequest("llmsec/scanWorkspace");
      assert.deepEqual(session.diagnosticsOf(path.join(root, "src", "sql.ts")), [], "without the alias, `@app/ai` is a package");
      fs.writeFileSync(path.join(root, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, paths: { "@app/*": ["./src/*"] } } }));
      void session.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(path.join(root, "tsconfig.json")).href, type: 2 }] });
      await session.waitFor(() => session.diagnosticsOf(path.join(root, "src", "sql.ts")).length > 0);
      assert.deepEqual(session.diagnosticsOf(path.join(root, "src", "sql.ts")).map((d) => d.code), ["llm-output-to-sql"]);
    } finally {
      await session.close();
    }
  });

  it("starts with an invalid llmsec.config.json: says why, and analyzes with the defaults", async () => {
    const root = tempProject({ ".git/HEAD": "", "llmsec.config.json": "{ \"rules\": { \"no-such-rule\": \"warn\" } }", "src/ai.ts": aiFile, "src/sql.ts": sqlFile });
    const session = new LspSession();
    try {
      await session.initialize(root);
      await session.connection.sendRequest("llmsec/scanWorkspace");
      assert.deepEqual(session.diagnosticsOf(path.join(root, "src", "sql.ts")).map((d) => d.code), ["llm-output-to-sql"]);
      assert.ok(session.shownMessages.some((m) => /invalid configuration: .*no-such-rule/.test(m)), session.shownMessages.join("\n"));
    } finally {
      await session.close();
    }
  });
});
