import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { it } from "node:test";
import { tempProject } from "./support/temp-project";

const sqlFile = `import { Pool } from "pg";
import OpenAI from "openai";
const pool = new Pool();
const openai = new OpenAI();
export async function orders(question: string) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
  const status = completion.choices[0].message.content ?? "";
  return pool.query(\`SELECT * FROM orders WHERE status = '\${status}'\`);
}
`;

// A real editor nobody here wrote: Debian's Neovim 0.7 with its built-in LSP client. `.ci/run`
// installs it; on a machine without it, install it with `apt-get install -y neovim`.
it("headless Neovim attaches the server, shows its diagnostic, applies the quick fix and the finding clears", () => {
  const nvim = spawnSync("nvim", ["--version"], { encoding: "utf8" });
  assert.equal(nvim.status, 0, "Neovim is not installed: apt-get install -y neovim (.ci/run does this)");
  const root = tempProject({ ".git/HEAD": "", "src/orders.ts": sqlFile });
  const file = path.join(root, "src", "orders.ts");
  const result = path.join(root, "result.tsv");
  // Through the package's `llmsec-language-server` bin, as a Neovim user's config would start it.
  const serverBin = path.join(__dirname, "..", "bin", "llmsec-language-server.js");
  const run = spawnSync("nvim", ["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", `luafile ${path.join(__dirname, "neovim", "apply-fix.lua")}`], {
    env: { ...process.env, LLMSEC_SERVER: serverBin, LLMSEC_ROOT: root, LLMSEC_FILE: file, LLMSEC_RESULT: result, XDG_STATE_HOME: root, XDG_DATA_HOME: root },
    encoding: "utf8",
    timeout: 90_000,
  });
  assert.equal(run.status, 0, run.stderr + run.stdout);
  const lines = fs.readFileSync(result, "utf8").trim().split("\n").map((l) => l.split("\t"));
  const get = (key: string) => lines.filter(([k]) => k === key).map(([, v]) => v);
  assert.deepEqual(get("client"), ["true"]);
  assert.deepEqual(get("diagnostics"), ["1"]);
  assert.deepEqual(get("code"), ["llm-output-to-sql"]);
  assert.deepEqual(get("source"), ["llmsec"]);
  assert.deepEqual(get("line"), ["8"]);
  assert.deepEqual(get("action"), ["Pass the model's output as bound query parameters", "Ignore llm-output-to-sql on this line"]);
  assert.deepEqual(get("cleared"), ["true"]);
  assert.match(fs.readFileSync(file, "utf8"), /return pool\.query\(`SELECT \* FROM orders WHERE status = \$1`, \[status\]\);/);
});
