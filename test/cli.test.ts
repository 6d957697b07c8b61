import "../server/ruleset";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import packageJson from "../package.json";
import { allRuleMetas } from "../server/engine/registry";
import { runCli } from "./support/cli";
import { groqKey, tempProject } from "./support/temp-project";

const leakyProject = () =>
  tempProject({
    ".git/HEAD": "",
    "src/client.ts": `import Groq from "groq-sdk";\nexport const groq = new Groq({ apiKey: "${groqKey}" });\n`,
    "src/clean.ts": "export const answer = 42;\n",
  });
const ansi = /\u001b\[/;

describe("llmsec CLI", () => {
  it("--version prints the package version", () => {
    const run = runCli(["--version"], process.cwd());
    assert.equal(run.code, 0);
    assert.equal(run.stdout.trim(), packageJson.version);
  });

  it("--help, lint --help and rules --help print usage and exit 0", () => {
    for (const args of [["--help"], [], ["lint", "--help"], ["rules", "--help"], ["help", "lint"]]) {
      const run = runCli(args, process.cwd());
      assert.equal(run.code, 0, args.join(" "));
      assert.match(run.stdout, /^Usage: llmsec/);
    }
  });

  const usageErrors: readonly (readonly [string[], RegExp])[] = [
    [["scan"], /unknown command 'scan'/],
    [["lint", "--bogus"], /Unknown option '--bogus'/],
    [["lint", "--format", "xml"], /--format must be stylish, json or sarif/],
    [["lint", "--max-warnings", "many"], /--max-warnings must be a whole number/],
    [["lint", "--unsafe-fixes"], /--unsafe-fixes only applies together with --fix/],
    [["lint", "does-not-exist.ts"], /no files match 'does-not-exist.ts'/],
  ];
  for (const [args, message] of usageErrors) {
    it(`exits 2 on a usage error: ${args.join(" ")}`, () => {
      const run = runCli(args, tempProject({ ".git/HEAD": "" }));
      assert.equal(run.code, 2);
      assert.match(run.stderr, message);
    });
  }

  it("exits 0 with no output on a clean project", () => {
    const run = runCli(["lint"], tempProject({ ".git/HEAD": "", "a.ts": "export const a = process.env.OPENAI_API_KEY;\n" }));
    assert.equal(run.code, 0);
    assert.equal(run.stdout, "");
  });

  it("exits 1 on findings and prints them in the stylish layout with the key masked", () => {
    const run = runCli(["lint", "--no-color"], leakyProject());
    assert.equal(run.code, 1);
    assert.match(run.stdout, /src\/client\.ts\n {2}2:40 {2}error {4}Hardcoded Groq API key 'gsk_…95gG'/);
    assert.match(run.stdout, /secret-llm-provider-key\n/);
    assert.match(run.stdout, /✖ 1 problem \(1 error, 0 warnings\)/);
    assert.ok(!run.stdout.includes(groqKey), "the key must never be printed");
    assert.doesNotMatch(run.stdout, ansi);
  });

  it("colors only on request or on a terminal, and never with --no-color", () => {
    const project = leakyProject();
    assert.match(runCli(["lint"], project, { FORCE_COLOR: "1" }).stdout, ansi);
    assert.doesNotMatch(runCli(["lint", "--no-color"], project, { FORCE_COLOR: "1" }).stdout, ansi);
    assert.doesNotMatch(runCli(["lint"], project, { FORCE_COLOR: "1", NO_COLOR: "1" }).stdout, ansi);
  });

  it("--format json gives every finding with positions and its fix, the key masked", () => {
    const run = runCli(["lint", "--format", "json"], leakyProject());
    assert.equal(run.code, 1);
    const report = JSON.parse(run.stdout) as { summary: { errors: number; files: number }; results: { file: string; findings: { ruleId: string; line: number; column: number; fix: { safety: string } }[] }[] };
    assert.deepEqual(report.summary, { files: 2, errors: 1, warnings: 0, fixable: 0, skipped: 0 });
    const finding = report.results.flatMap((r) => r.findings)[0];
    assert.equal(finding?.ruleId, "secret-llm-provider-key");
    assert.equal(finding?.line, 2);
    assert.equal(finding?.fix.safety, "suggestion");
    assert.ok(!run.stdout.includes(groqKey));
  });

  it("--output writes the report to a file and nothing to stdout", () => {
    const project = leakyProject();
    const run = runCli(["lint", "--format", "sarif", "--output", "reports/llmsec.sarif"], project);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, "");
    const sarif = JSON.parse(fs.readFileSync(path.join(project, "reports", "llmsec.sarif"), "utf8")) as { version: string };
    assert.equal(sarif.version, "2.1.0");
  });

  describe("severity, --quiet and --max-warnings", () => {
    const project = () => {
      const root = leakyProject();
      fs.writeFileSync(path.join(root, "llmsec.config.json"), '{ "rules": { "secret-llm-provider-key": "warn" } }');
      return root;
    };
    it("a rule set to warn does not fail the run", () => {
      const run = runCli(["lint", "--no-color"], project());
      assert.equal(run.code, 0);
      assert.match(run.stdout, /warning/);
      assert.match(run.stdout, /✖ 1 problem \(0 errors, 1 warning\)/);
    });
    it("--max-warnings fails the run when warnings exceed it", () => {
      assert.equal(runCli(["lint", "--max-warnings", "1"], project()).code, 0);
      const run = runCli(["lint", "--max-warnings", "0"], project());
      assert.equal(run.code, 1);
      assert.match(run.stderr, /too many warnings \(1\); the maximum allowed is 0/);
    });
    it("--quiet reports errors only", () => {
      const run = runCli(["lint", "--quiet", "--max-warnings", "0"], project());
      assert.equal(run.code, 0);
      assert.equal(run.stdout, "");
    });
    it("a rule set to off reports nothing", () => {
      const root = leakyProject();
      fs.writeFileSync(path.join(root, "llmsec.config.json"), '{ "rules": { "secret-llm-provider-key": "off" } }');
      assert.equal(runCli(["lint"], root).code, 0);
    });
  });

  it("--config uses the given file, and an invalid config exits 2 naming the file and key", () => {
    const root = leakyProject();
    fs.writeFileSync(path.join(root, "strict.json"), '{ "rules": { "secret-llm-provider-key": "off" } }');
    assert.equal(runCli(["lint", "--config", "strict.json"], root).code, 0);
    fs.writeFileSync(path.join(root, "llmsec.config.json"), '{ "rules": { "secret-llm-provider-key": "loud" } }');
    const run = runCli(["lint"], root);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /invalid configuration: .*llmsec\.config\.json: "rules\.secret-llm-provider-key": must be "off", "warn" or "error", not "loud"/);
    const missing = runCli(["lint", "--config", "nope.json"], root);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.json: cannot be read \(ENOENT\)/);
  });

  it("uses the llmsec.config.json of the directory being linted", () => {
    const root = leakyProject();
    fs.writeFileSync(path.join(root, "src", "llmsec.config.json"), '{ "ignore": ["client.ts"] }');
    assert.equal(runCli(["lint", "src"], root).code, 0);
  });

  it("reports a file that does not parse and goes on with the others; skips minified files with a note", () => {
    const root = leakyProject();
    fs.writeFileSync(path.join(root, "src", "broken.ts"), "export function f( {\n");
    fs.writeFileSync(path.join(root, "src", "vendor.min.js"), "var a=1;");
    const run = runCli(["lint", "--format", "json"], root);
    assert.equal(run.code, 1);
    const ids = (JSON.parse(run.stdout) as { results: { findings: { ruleId: string }[] }[] }).results.flatMap((r) => r.findings.map((f) => f.ruleId)).sort();
    assert.deepEqual(ids, ["llmsec-syntax-error", "secret-llm-provider-key"]);
    assert.match(run.stderr, /skipped src\/vendor\.min\.js: minified file/);
  });

  it("skips generated code nested too deeply for the parser or the analysis, and goes on", () => {
    const root = leakyProject();
    // Too deep for the parser, and (spread over many lines, so not "minified") too deep for the rules' walk.
    fs.writeFileSync(path.join(root, "src", "arrays.ts"), `export const a = ${"[\n".repeat(5000)}${"]\n".repeat(5000)};\n`);
    fs.writeFileSync(path.join(root, "src", "sum.ts"), `export const s = 1${"\n + 1".repeat(20000)};\n`);
    const run = runCli(["lint", "--format", "json"], root);
    assert.equal(run.code, 1, run.stderr);
    const report = JSON.parse(run.stdout) as { results: { findings: { ruleId: string }[] }[]; skipped: { file: string; reason: string }[] };
    assert.deepEqual(report.results.flatMap((r) => r.findings.map((f) => f.ruleId)), ["secret-llm-provider-key"]);
    assert.deepEqual(report.skipped.map((s) => [path.basename(s.file), s.reason]).sort(), [["arrays.ts", "nested too deeply to analyze"], ["sum.ts", "nested too deeply to analyze"]]);
    assert.match(run.stderr, /skipped src\/sum\.ts: nested too deeply to analyze/);
  });

  describe("--fix", () => {
    const project = () =>
      tempProject({
        ".git/HEAD": "",
        "a.ts": `// llmsec-ignore-next-line secret-llm-provider-key -- stale\nexport const a = 1;\nexport const key = "${groqKey}";\n`,
      });

    it("applies safe fixes only, atomically, and a second run changes nothing", () => {
      const root = project();
      const run = runCli(["lint", "--fix", "--format", "json"], root);
      assert.equal(run.code, 1, "the key is still there: its fix is only a suggestion");
      assert.match(run.stderr, /applied 1 fix\(es\) in 1 file\(s\)/);
      const text = fs.readFileSync(path.join(root, "a.ts"), "utf8");
      assert.equal(text, `export const a = 1;\nexport const key = "${groqKey}";\n`);
      const again = runCli(["lint", "--fix"], root);
      assert.doesNotMatch(again.stderr, /applied/);
      assert.equal(fs.readFileSync(path.join(root, "a.ts"), "utf8"), text);
      assert.deepEqual(fs.readdirSync(root).sort(), [".git", "a.ts"], "no temporary file is left behind");
    });

    it("fixes a Vue component's script and leaves its template alone", () => {
      const component = [
        "<template>",
        '  <div v-html="answer"></div>',
        "</template>",
        '<script setup lang="ts">',
        'import { ref } from "vue";',
        "// llmsec-ignore-next-line llm-output-to-html -- stale",
        "const answer = ref(\"\");",
        "async function ask(el: HTMLElement) {",
        '  const data = await (await fetch("/api/chat", { method: "POST" })).json();',
        "  answer.value = data.answer;",
        "  el.innerHTML = data.answer;",
        "}",
        "</script>",
        "",
      ].join("\n");
      const root = tempProject({ ".git/HEAD": "", "Chat.vue": component });
      const run = runCli(["lint", "--fix", "--unsafe-fixes", "--format", "json"], root);
      assert.equal(run.code, 1, "the template's v-html has no fix");
      const report = JSON.parse(run.stdout) as { results: { findings: { ruleId: string; line: number }[] }[] };
      assert.deepEqual(report.results.flatMap((r) => r.findings.map((f) => `${f.line}: ${f.ruleId}`)), ["2: llm-output-to-html"]);
      const expected = component.replace("// llmsec-ignore-next-line llm-output-to-html -- stale\n", "").replace("el.innerHTML = data.answer", "el.textContent = data.answer");
      assert.equal(fs.readFileSync(path.join(root, "Chat.vue"), "utf8"), expected);
    });

    it("--unsafe-fixes also applies suggestions", () => {
      const root = project();
      const run = runCli(["lint", "--fix", "--unsafe-fixes"], root);
      assert.equal(run.code, 0);
      assert.equal(fs.readFileSync(path.join(root, "a.ts"), "utf8"), "export const a = 1;\nexport const key = process.env.GROQ_API_KEY!;\n");
    });
  });

  it("--project lints the tsconfig's files; a broken tsconfig exits 2", () => {
    const root = leakyProject();
    fs.writeFileSync(path.join(root, "tsconfig.json"), '{ "compilerOptions": { "strict": true }, "include": ["src/client.ts"] }');
    const run = runCli(["lint", "--project", "tsconfig.json", "--format", "json"], root);
    assert.equal(run.code, 1);
    assert.equal((JSON.parse(run.stdout) as { summary: { files: number } }).summary.files, 1);
    fs.writeFileSync(path.join(root, "bad.json"), '{ "compilerOptions": { "target": "es1999" } }');
    const bad = runCli(["lint", "--project", "bad.json"], root);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /bad\.json: .*target/);
  });

  it("picks up MCP configs with no flag, also beside a --project tsconfig, and reports them like code", () => {
    const root = leakyProject();
    fs.mkdirSync(path.join(root, ".vscode"), { recursive: true });
    fs.writeFileSync(path.join(root, ".vscode", "mcp.json"), '{\n  "servers": {\n    "memory": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-memory"] }\n  }\n}\n');
    fs.writeFileSync(path.join(root, "tsconfig.json"), '{ "include": ["src/client.ts"] }');
    for (const args of [["lint", "--format", "json"], ["lint", "--project", "tsconfig.json", "--format", "json"]]) {
      const run = runCli(args, root);
      const report = JSON.parse(run.stdout) as { results: { file: string; findings: { ruleId: string; line: number }[] }[] };
      const config = report.results.find((r) => r.file.endsWith(path.join(".vscode", "mcp.json")));
      assert.deepEqual(config?.findings.map((f) => `${f.line} ${f.ruleId}`), ["3 mcp-unpinned-package"], args.join(" "));
    }
  });

  it("`rules` lists every rule with family, severity, OWASP and CWE, as a table or JSON", () => {
    const table = runCli(["rules", "--no-color"], process.cwd());
    assert.equal(table.code, 0);
    for (const meta of allRuleMetas()) assert.match(table.stdout, new RegExp(`^${meta.id}\\s`, "m"));
    assert.match(table.stdout, /secret-llm-provider-key\s+secret\s+error\s+LLM02:2025\s+CWE-798/);
    const json = JSON.parse(runCli(["rules", "--format", "json"], process.cwd()).stdout) as { id: string; docs: string }[];
    assert.equal(json.length, allRuleMetas().length);
    assert.match(json.find((r) => r.id === "secret-llm-provider-key")?.docs ?? "", /docs\/rules\/secret-llm-provider-key\.md$/);
  });
});

describe("--baseline", () => {
  const newKeyFile = `export const second = "${groqKey.replace("gsk_m", "gsk_Q")}";\n`;

  it("leaves out findings recorded in an earlier JSON report, even after lines move, and reports new ones", () => {
    const root = leakyProject();
    const recorded = runCli(["lint", "--format", "json", "-o", "llmsec-baseline.json"], root);
    assert.equal(recorded.code, 1);
    // Lines added above the known finding, and a new finding in another file.
    const client = path.join(root, "src", "client.ts");
    fs.writeFileSync(client, `// a header\n// another\n${fs.readFileSync(client, "utf8")}`);
    fs.writeFileSync(path.join(root, "src", "new.ts"), newKeyFile);

    const run = runCli(["lint", "--baseline", "llmsec-baseline.json", "--format", "json"], root);
    assert.equal(run.code, 1, run.stderr);
    const report = JSON.parse(run.stdout) as { results: { file: string; findings: { ruleId: string; fingerprint: string }[] }[] };
    const reported = report.results.flatMap((r) => r.findings.map((f) => `${path.basename(r.file)} ${f.ruleId}`));
    assert.deepEqual(reported, ["new.ts secret-llm-provider-key"]);
    assert.match(run.stderr, /1 finding\(s\) already in the baseline llmsec-baseline\.json not reported/);
    assert.match(report.results.flatMap((r) => r.findings)[0]?.fingerprint ?? "", /^[0-9a-f]{32}:1$/);

    fs.rmSync(path.join(root, "src", "new.ts"));
    const clean = runCli(["lint", "--baseline", "llmsec-baseline.json"], root);
    assert.equal(clean.code, 0, clean.stdout);
  });

  it("exits 2 on a baseline that is missing or is not an llmsec report", () => {
    const root = leakyProject();
    const missing = runCli(["lint", "--baseline", "nope.json"], root);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /invalid baseline: .*nope\.json: no such file/);
    fs.writeFileSync(path.join(root, "other.json"), JSON.stringify({ results: [] }));
    const other = runCli(["lint", "--baseline", "other.json"], root);
    assert.equal(other.code, 2);
    assert.match(other.stderr, /not a report of 'llmsec lint --format json'/);
  });
});
