import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { LspSession } from "../test/support/lsp-client";
import { generateProject } from "./generate-project";

/**
 * `npm run bench:lsp`: drives the language server over stdio on a generated 2,000-file project
 * and prints edit→diagnostics latency (p50/p95) for a 1,000-line file, the server's memory after
 * the initial scan, and both relative to parsing that one file in the same run.
 */
const root = path.resolve(__dirname, "..");
const fileCount = Number(process.env.BENCH_FILES ?? 2000);
const edits = Number(process.env.BENCH_EDITS ?? 40);
const project = path.join(root, ".bench", "lsp-project");

function bigFile(lines: number): string {
  const out = ['import OpenAI from "openai";', 'import { Pool } from "pg";', "const openai = new OpenAI();", "const pool = new Pool();", ""];
  for (let i = 0; out.length < lines - 10; i++) {
    out.push(`export async function handler${i}(question: string): Promise<number> {`);
    out.push(`  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });`);
    out.push(`  const answer = completion.choices[0]?.message.content ?? "";`);
    out.push(`  const words = answer.split(" ").filter((w) => w.length > ${i % 7});`);
    out.push(`  await pool.query("INSERT INTO answers (body) VALUES ($1)", [answer]);`);
    out.push(`  return words.length * ${i};`);
    out.push("}", "");
  }
  out.push("export async function risky(question: string) {", "  const c = await openai.chat.completions.create({ model: \"m\", messages: [{ role: \"user\", content: question }] });", "  return pool.query(`SELECT * FROM t WHERE x = '${c.choices[0].message.content}'`);", "}");
  return `${out.join("\n")}\n`;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function rssMb(pid: number | undefined): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  console.log(`Generating ${fileCount} files in ${path.relative(root, project)} …`);
  generateProject(project, fileCount);
  fs.writeFileSync(path.join(project, ".git"), "");
  const big = path.join(project, "src", "big.ts");
  const text = bigFile(1000);
  fs.writeFileSync(big, text);

  // Baseline: parsing the edited file alone.
  const parseTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = process.hrtime.bigint();
    ts.createSourceFile(big, text, ts.ScriptTarget.Latest, true);
    parseTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const parseMs = percentile(parseTimes, 50);

  const session = new LspSession({ debounceMs: 0 });
  await session.initialize(project);
  const scanStarted = Date.now();
  await session.connection.sendRequest("llmsec/scanWorkspace");
  const scanSeconds = (Date.now() - scanStarted) / 1000;
  const memory = rssMb(session.process.pid);

  const uri = `file://${big}`;
  session.open(big, text, 1);
  await session.waitFor(() => session.versions.get(uri) === 1);
  const latencies: number[] = [];
  for (let version = 2; version < edits + 2; version++) {
    const edited = text.replace("return words.length * 0;", `return words.length * ${version};`);
    const started = process.hrtime.bigint();
    session.change(big, edited, version);
    await session.waitFor(() => session.versions.get(uri) === version);
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  if (process.env.BENCH_VERBOSE) console.log(latencies.map((l) => l.toFixed(0)).join(" "));
  await session.close();

  const p50 = percentile(latencies, 50);
  const p95 = percentile(latencies, 95);
  console.log(`\nworkspace scan: ${fileCount + 1} files in ${scanSeconds.toFixed(1)} s; server memory after the scan: ${memory === undefined ? "n/a" : `${memory.toFixed(0)} MB`}`);
  console.log(`parse of the 1,000-line file alone (ts.createSourceFile): ${parseMs.toFixed(1)} ms`);
  console.log(`edit → diagnostics for that file, ${edits} edits: p50 ${p50.toFixed(1)} ms (${(p50 / parseMs).toFixed(1)}× parse), p95 ${p95.toFixed(1)} ms (${(p95 / parseMs).toFixed(1)}× parse); target p95 ≤ 50 ms`);
}

void main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
