import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { generateProject } from "./generate-project";

/**
 * `npm run bench`: wall time and peak memory of `llmsec lint` on a generated 2,000-file project,
 * as ratios to baselines measured in the same run: TypeScript 6's `tsc --noEmit` (the compiler
 * the engine embeds), TypeScript 7's native `tsc --noEmit`, and parsing alone.
 */
const root = path.resolve(__dirname, "..");
const fileCount = Number(process.env.BENCH_FILES ?? 2000);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const project = path.join(root, ".bench", "project");
const gnuTime = "/usr/bin/time";

interface Measure {
  readonly seconds: number;
  readonly peakMb: number | undefined;
  readonly completed: boolean;
}

function measureOnce(command: readonly string[]): Measure {
  const useTime = fs.existsSync(gnuTime);
  const argv = useTime ? [gnuTime, "-f", "LLMSEC_BENCH %e %M", ...command] : [...command];
  const started = process.hrtime.bigint();
  const result = spawnSync(argv[0] ?? "", argv.slice(1), { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  const line = /LLMSEC_BENCH ([\d.]+) (\d+)/.exec(result.stderr ?? "");
  if (result.error) throw result.error;
  // llmsec exits 1 when it finds something; anything else (an out-of-memory abort) is a failure.
  return { seconds: elapsed, peakMb: line?.[2] ? Number(line[2]) / 1024 : undefined, completed: result.status === 0 || result.status === 1 };
}

function measure(name: string, command: readonly string[]): Measure {
  const samples = Array.from({ length: runs }, () => measureOnce(command));
  const median = <T>(values: T[], key: (v: T) => number): number => values.map(key).sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const result = { seconds: median(samples, (s) => s.seconds), peakMb: samples[0]?.peakMb === undefined ? undefined : median(samples, (s) => s.peakMb ?? 0), completed: samples.every((s) => s.completed) };
  const failed = result.completed ? "" : "  FAILED (did not complete)";
  console.log(`${name.padEnd(34)} ${result.seconds.toFixed(2).padStart(7)} s  ${result.peakMb === undefined ? "    n/a" : result.peakMb.toFixed(0).padStart(6)} MB${failed}`);
  return result;
}

function ratio(a: number | undefined, b: number | undefined): string {
  return a === undefined || b === undefined || b === 0 ? "n/a" : `${(a / b).toFixed(2)}×`;
}

console.log(`Generating ${fileCount} files in ${path.relative(root, project)} …`);
generateProject(project, fileCount);
const bytes = fs.readdirSync(path.join(project, "src")).reduce((sum, f) => sum + fs.statSync(path.join(project, "src", f)).size, 0);
console.log(`${fileCount} files, ${(bytes / 1024 / 1024).toFixed(1)} MB of source; median of ${runs} runs each\n`);

const node = process.execPath;
const tsc6 = measure("tsc --noEmit (TypeScript 6)", [node, "node_modules/typescript/bin/tsc", "-p", project]);
const tsc7 = measure("tsc --noEmit (TypeScript 7, native)", [node, "node_modules/typescript-native/bin/tsc", "-p", project]);
const parse = measure("parse only (ts.createSourceFile)", [node, "bench/parse-only.cjs", project]);
const llmsec = measure("llmsec lint", [node, "bin/llmsec.js", "lint", project, "--format", "json", "--output", path.join(root, ".bench", "report.json")]);

// Memory is bounded by design, not by V8's appetite: the same run with the heap capped.
const capped = measure("llmsec lint, heap capped at 256 MB", [node, "--max-old-space-size=256", "bin/llmsec.js", "lint", project, "--format", "json", "--output", path.join(root, ".bench", "report-capped.json")]);

console.log("\nllmsec lint relative to the baselines (lower is better):");
console.log(`  vs tsc --noEmit (TypeScript 6):  time ${ratio(llmsec.seconds, tsc6.seconds)}  memory ${ratio(llmsec.peakMb, tsc6.peakMb)}`);
console.log(`  vs tsc --noEmit (TypeScript 7):  time ${ratio(llmsec.seconds, tsc7.seconds)}  memory ${ratio(llmsec.peakMb, tsc7.peakMb)}`);
console.log(`  vs parse only:                   time ${ratio(llmsec.seconds, parse.seconds)}  memory ${ratio(llmsec.peakMb, parse.peakMb)}`);
console.log(`  with a 256 MB heap:              ${capped.completed ? `completes, time ${ratio(capped.seconds, llmsec.seconds)} of the uncapped run` : "does not complete"}`);
