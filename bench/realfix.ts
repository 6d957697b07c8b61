import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

/**
 * `npm run bench:realfix -- <dir> [--export <mirrors>] [--case <id>] [--json <file>]`: runs llmsec
 * on the vulnerable and the fixed tree of every security fix in `bench/realfix/cases.json` and
 * prints, per case and in total, whether the vulnerable commit is flagged at its site and whether
 * the fix is quiet there. Trees live in `<dir>/<case>/{vuln,fixed}`; `--export` writes them first
 * from local git mirrors (`<mirrors>/<owner>+<name>[/repo]`) with `git archive`.
 */

interface RealFixCase {
  readonly id: string;
  readonly repo: string;
  readonly ref: string;
  readonly vuln: string;
  readonly fixed: string;
  /** Folder analyzed, relative to the repository root ("" for all of it). */
  readonly root: string;
  readonly file: string;
  readonly line: number;
  readonly family: string;
  readonly class: string;
  /** Whether llmsec was tuned on this case (the rest measure unseen fixes). */
  readonly seen?: boolean;
  /** The round it was gathered in; a batch is recorded before llmsec is first run on it (a blind sample). */
  readonly batch?: number;
  /** Read by hand: the fixed commit still has the flaw at the site, so a finding there is right. */
  readonly stillVulnerableAfterFix?: string;
  /**
   * Read by hand: the flaw is one no data flow shows (a keyword filter bypassed), and whatever
   * llmsec reports at the site is about something else that the fix leaves as it was. Such a case
   * is never counted as found, so it can only lower the score.
   */
  readonly flawNotInDataFlow?: string;
}

interface Location {
  readonly file: string;
  readonly line: number;
}

interface JsonFinding extends Location {
  readonly ruleId: string;
  readonly message: string;
  readonly related?: readonly Location[];
  readonly flow?: readonly Location[];
}

interface JsonReport {
  readonly results: readonly { readonly file: string; readonly findings: readonly JsonFinding[] }[];
}

interface CaseResult {
  readonly id: string;
  readonly class: string;
  readonly family: string;
  readonly found: boolean;
  readonly quietAfterFix: boolean;
  readonly vulnRules: readonly string[];
  readonly fixedRules: readonly string[];
  readonly stillVulnerable: boolean;
  readonly notInDataFlow: boolean;
  readonly error?: string;
}

const projectRoot = path.resolve(__dirname, "..");
const manifestPath = path.join(__dirname, "realfix", "cases.json");
/** Lines either side of the recorded site that still count as the site (sink vs. statement start). */
const siteWindow = 5;
/** Rules that report the flaw itself; tool-missing-approval asks for a review step, which none of these fixes adds. */
const flawRulesExcluded = new Set(["tool-missing-approval"]);

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { export: { type: "string" }, case: { type: "string", multiple: true }, json: { type: "string" } },
  });
  const dir = positionals[0];
  if (!dir) {
    console.error("Usage: npm run bench:realfix -- <dir> [--export <mirrors>] [--case <id>…] [--json <file>]");
    process.exit(2);
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as { cases: RealFixCase[] };
  const wanted = values.case;
  const cases = manifest.cases.filter((c) => !wanted || wanted.includes(c.id));
  if (values.export) for (const c of cases) exportCase(c, path.resolve(values.export), path.resolve(dir));

  const results = cases.map((c) => runCase(c, path.resolve(dir)));
  printTable(results, cases);
  if (values.json) fs.writeFileSync(values.json, JSON.stringify(results, null, 2));
}

function mirrorOf(repo: string, mirrors: string): string {
  const flat = path.join(mirrors, repo.replace("/", "+"));
  for (const candidate of [path.join(flat, "repo"), flat, path.join(mirrors, repo.split("/")[1] ?? repo)]) {
    if (fs.existsSync(path.join(candidate, "HEAD")) || fs.existsSync(path.join(candidate, ".git"))) return candidate;
  }
  throw new Error(`no git mirror of ${repo} under ${mirrors}`);
}

/** What llmsec reads, and the configs that tell it about paths; the rest of a repository is left behind. */
const exportedFile = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|vue|svelte|json)$/;

function exportCase(c: RealFixCase, mirrors: string, dir: string): void {
  const gitDir = mirrorOf(c.repo, mirrors);
  for (const [which, commit] of [["vuln", c.vuln], ["fixed", c.fixed]] as const) {
    const target = path.join(dir, c.id, which);
    fs.rmSync(target, { recursive: true, force: true });
    fs.mkdirSync(target, { recursive: true });
    // Snapshots may lack large blobs, so files are read one by one (`cat-file --batch`), not archived.
    const listing = spawnSync("git", ["-C", gitDir, "ls-tree", "-r", "-l", commit], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    if (listing.status !== 0) throw new Error(`git ls-tree ${c.repo} ${commit}: ${listing.stderr}`);
    const rootConfigs = new Set(["tsconfig.json", "jsconfig.json", "tsconfig.base.json"]);
    const files = listing.stdout.split("\n").flatMap((line) => {
      const match = /^\d+ blob [0-9a-f]+\s+(\d+)\t(.+)$/.exec(line);
      if (!match?.[2] || Number(match[1]) > 4 * 1024 * 1024) return [];
      const file = match[2];
      const inRoot = !c.root || file.startsWith(`${c.root}/`) || rootConfigs.has(file);
      return inRoot && exportedFile.test(file) ? [file] : [];
    });
    const batch = spawnSync("git", ["-C", gitDir, "cat-file", "--batch"], { input: files.map((f) => `${commit}:${f}`).join("\n") + "\n", maxBuffer: 1024 * 1024 * 1024 });
    let offset = 0;
    const out = batch.stdout;
    for (const file of files) {
      const headerEnd = out.indexOf(10, offset);
      const header = out.subarray(offset, headerEnd).toString();
      offset = headerEnd + 1;
      if (header.endsWith("missing")) continue;
      const size = Number(header.split(" ")[2]);
      const destination = path.join(target, file);
      fs.mkdirSync(path.dirname(destination), { recursive: true });
      fs.writeFileSync(destination, out.subarray(offset, offset + size));
      offset += size + 1;
    }
  }
  console.error(`exported ${c.id}`);
}

function lint(tree: string, c: RealFixCase): JsonFinding[] {
  const target = path.join(tree, c.root);
  const output = path.join(tree, "..", `${path.basename(tree)}.llmsec.json`);
  const run = spawnSync(process.execPath, [path.join(projectRoot, "bin", "llmsec.js"), "lint", target, "--format", "json", "--output", output], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`llmsec exited ${run.status}: ${run.stderr.slice(0, 500)}`);
  const report = JSON.parse(fs.readFileSync(output, "utf8")) as JsonReport;
  return report.results.flatMap((r) => r.findings.map((f) => ({ ...f, file: r.file })));
}

function touches(finding: JsonFinding, file: string, line: number, window = siteWindow): boolean {
  const places = [finding, ...(finding.related ?? []), ...(finding.flow ?? [])];
  return places.some((p) => p.file === file && Math.abs(p.line - line) <= window);
}

/** Where a line of the vulnerable file stands in the fixed one, from the hunks of their diff. */
function fixedSite(vulnFile: string, fixedFile: string, line: number): { line: number; window: number } {
  const diff = spawnSync("diff", ["-U0", vulnFile, fixedFile], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  let offset = 0;
  for (const match of diff.stdout.matchAll(/^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/gm)) {
    const oldStart = Number(match[1]);
    const oldCount = match[2] === undefined ? 1 : Number(match[2]);
    const newStart = Number(match[3]);
    const newCount = match[4] === undefined ? 1 : Number(match[4]);
    const oldEnd = oldCount === 0 ? oldStart : oldStart + oldCount - 1;
    if (line < oldStart || (oldCount === 0 && line === oldStart)) break;
    if (line <= oldEnd) return { line: newStart + Math.floor(newCount / 2), window: siteWindow + Math.ceil(newCount / 2) };
    offset = newStart + newCount - (oldStart + oldCount);
  }
  return { line: line + offset, window: siteWindow };
}

/** What a finding's message says of the flaw, per class of case: a shell finding near an SSRF fix is another flaw. */
const classWords: Readonly<Record<string, RegExp>> = {
  xss: /HTML|browser/i,
  shell: /shell|command|program/i,
  code: /code|evaluat/i,
  path: /file|path/i,
  ssrf: /URL|address|fetch|request/i,
  sql: /SQL|query/i,
  instructions: /system prompt|tool description/i,
  roles: /roles the caller chose/i,
};

function isFlawOfFamily(finding: JsonFinding, family: string, flawClass?: string): boolean {
  const words = flawClass ? classWords[flawClass] : undefined;
  return finding.ruleId.startsWith(`${family}-`) && !flawRulesExcluded.has(finding.ruleId) && (!words || words.test(finding.message));
}

function runCase(c: RealFixCase, dir: string): CaseResult {
  const base = { id: c.id, class: c.class, family: c.family, stillVulnerable: c.stillVulnerableAfterFix !== undefined, notInDataFlow: c.flawNotInDataFlow !== undefined };
  try {
    const vulnTree = path.join(dir, c.id, "vuln");
    const fixedTree = path.join(dir, c.id, "fixed");
    if (!fs.existsSync(vulnTree) || !fs.existsSync(fixedTree)) throw new Error(`not exported: ${vulnTree}`);
    const vuln = lint(vulnTree, c).filter((f) => isFlawOfFamily(f, c.family, c.class) && touches(f, path.join(vulnTree, c.file), c.line));
    // The fix moves lines: the site is followed through the diff of its file, and a changed region counts whole.
    const site = fixedSite(path.join(vulnTree, c.file), path.join(fixedTree, c.file), c.line);
    const fixed = lint(fixedTree, c).filter((f) => isFlawOfFamily(f, c.family, c.class) && touches(f, path.join(fixedTree, c.file), site.line, site.window));
    return { ...base, found: vuln.length > 0 && c.flawNotInDataFlow === undefined, quietAfterFix: fixed.length === 0, vulnRules: unique(vuln), fixedRules: unique(fixed) };
  } catch (error) {
    return { ...base, found: false, quietAfterFix: false, vulnRules: [], fixedRules: [], error: error instanceof Error ? error.message : String(error) };
  }
}

function unique(findings: readonly JsonFinding[]): string[] {
  return [...new Set(findings.map((f) => f.ruleId))].sort();
}

function printTable(results: readonly CaseResult[], cases: readonly RealFixCase[]): void {
  const mark = (ok: boolean): string => (ok ? "yes" : "NO");
  console.log(`${"CASE".padEnd(30)} ${"CLASS".padEnd(6)} ${"FAMILY".padEnd(6)} FOUND  QUIET AFTER FIX  RULES`);
  for (const r of results) {
    const quiet = r.stillVulnerable ? "n/a (fix partial)" : r.notInDataFlow ? "n/a (not a flow)" : r.found ? mark(r.quietAfterFix) : r.quietAfterFix ? "(yes)" : "NO";
    const rules = r.error ? `error: ${r.error}` : [r.vulnRules.join(","), r.fixedRules.length ? `fixed still: ${r.fixedRules.join(",")}` : ""].filter(Boolean).join("; ");
    console.log(`${r.id.padEnd(30)} ${r.class.padEnd(6)} ${r.family.padEnd(6)} ${mark(r.found).padEnd(6)} ${quiet.padEnd(16)} ${rules}`);
  }
  const summarize = (subset: readonly CaseResult[], label: string): void => {
    if (subset.length === 0) return;
    const found = subset.filter((r) => r.found);
    const judged = found.filter((r) => !r.stillVulnerable);
    const quiet = judged.filter((r) => r.quietAfterFix);
    const partial = found.length - judged.length;
    console.log(`${label}: found ${found.length}/${subset.length} (${percent(found.length, subset.length)}), quiet after fix ${quiet.length}/${judged.length}${partial ? ` (${partial} fix${partial > 1 ? "es" : ""} left the flaw in place)` : ""}`);
  };
  const seen = new Set(cases.filter((c) => c.seen !== false).map((c) => c.id));
  console.log("");
  summarize(results, "all cases");
  summarize(results.filter((r) => !seen.has(r.id)), "unseen cases (never tuned on)");
  const batches = [...new Set(cases.map((c) => c.batch).filter((b): b is number => b !== undefined))].sort((a, b) => a - b);
  for (const batch of batches) {
    const members = new Set(cases.filter((c) => c.batch === batch).map((c) => c.id));
    summarize(results.filter((r) => members.has(r.id)), `batch ${batch} (recorded blind, before llmsec was first run on it)`);
  }
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "n/a" : `${Math.round((100 * part) / whole)}%`;
}

main();
