import fs from "node:fs";
import path from "node:path";

/**
 * Writes a synthetic TypeScript project: `fileCount` modules of realistic size with cross-file
 * imports, a tenth of them calling AI SDKs, and ambient declarations for the SDKs so that
 * `tsc` type-checks it fully without node_modules. Deterministic for a given size.
 */
export function generateProject(root: string, fileCount: number): void {
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(path.join(root, "src"), { recursive: true });
  fs.writeFileSync(
    path.join(root, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { target: "ES2022", module: "ESNext", moduleResolution: "Bundler", strict: true, noEmit: true, skipLibCheck: true, types: [] }, include: ["src"] }, null, 2),
  );
  fs.writeFileSync(path.join(root, "src", "sdk.d.ts"), sdkDeclarations);
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let i = 0; i < fileCount; i++) {
    fs.writeFileSync(path.join(root, "src", `module${i}.ts`), moduleSource(i, random));
  }
}

function moduleSource(index: number, random: () => number): string {
  const lines: string[] = [];
  const imports = index === 0 ? [] : [...new Set(Array.from({ length: 3 }, () => Math.floor(random() * index)))];
  const isAi = index % 10 === 3;
  if (isAi) lines.push('import OpenAI from "openai";', 'import Anthropic from "@anthropic-ai/sdk";', 'import { Pool } from "pg";');
  for (const target of imports) lines.push(`import { transform${target}, Record${target} } from "./module${target}";`);
  lines.push("");
  lines.push(`export interface Record${index} {`, "  id: string;", "  name: string;", "  score: number;", "  tags: readonly string[];", "  createdAt: Date;", "}", "");
  lines.push(`export function transform${index}(input: Record${index}): Record${index} {`);
  lines.push("  const tags = input.tags.filter((t) => t.length > 0).map((t) => t.toLowerCase());");
  lines.push("  return { ...input, name: input.name.trim(), score: Math.round(input.score * 100) / 100, tags };");
  lines.push("}", "");
  for (const target of imports) {
    lines.push(`export function bridge${index}_${target}(value: Record${target}): Record${index} {`);
    lines.push(`  const next = transform${target}(value);`);
    lines.push("  return { id: next.id, name: next.name, score: next.score, tags: next.tags, createdAt: next.createdAt };");
    lines.push("}", "");
  }
  const helpers = 6 + Math.floor(random() * 10);
  for (let h = 0; h < helpers; h++) {
    lines.push(`export class Service${index}_${h} {`);
    lines.push(`  private readonly cache = new Map<string, Record${index}>();`);
    lines.push(`  constructor(private readonly prefix: string) {}`);
    lines.push(`  get(id: string): Record${index} | undefined {`);
    lines.push("    return this.cache.get(`${this.prefix}:${id}`);");
    lines.push("  }");
    lines.push(`  put(record: Record${index}): void {`);
    lines.push("    if (record.score < 0) throw new Error(`negative score for ${record.id}`);");
    lines.push(`    this.cache.set(\`\${this.prefix}:\${record.id}\`, transform${index}(record));`);
    lines.push("  }");
    lines.push(`  summarize(): { count: number; average: number } {`);
    lines.push("    let total = 0;");
    lines.push("    for (const record of this.cache.values()) total += record.score;");
    lines.push("    return { count: this.cache.size, average: this.cache.size === 0 ? 0 : total / this.cache.size };");
    lines.push("  }");
    lines.push("}", "");
  }
  if (isAi) {
    lines.push("const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });");
    lines.push("const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });", "");
    lines.push(`export async function ask${index}(question: string): Promise<string> {`);
    lines.push('  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });');
    lines.push('  const text = completion.choices[0]?.message.content ?? "";');
    lines.push('  const message = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 256, messages: [{ role: "user", content: text }] });');
    lines.push('  const block = message.content[0];');
    lines.push('  return block && block.type === "text" ? block.text : text;');
    lines.push("}", "");
    // A planted flow per AI module, so the benchmark includes the taint engine's real work.
    lines.push("const pool = new Pool();");
    lines.push(`export async function store${index}(question: string): Promise<void> {`);
    lines.push(`  const answer = await ask${index}(question);`);
    lines.push("  await pool.query(`INSERT INTO answers (body) VALUES ('${answer}')`);");
    lines.push("}", "");
  }
  return `${lines.join("\n")}\n`;
}

const sdkDeclarations = `declare const process: { env: Record<string, string | undefined> };
declare module "openai" {
  export default class OpenAI {
    constructor(options: { apiKey?: string; baseURL?: string });
    chat: { completions: { create(body: { model: string; messages: { role: string; content: string }[] }): Promise<{ choices: { message: { content: string | null } }[] }> } };
  }
}
declare module "pg" {
  export class Pool {
    query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  }
}
declare module "@anthropic-ai/sdk" {
  export default class Anthropic {
    constructor(options: { apiKey?: string });
    messages: { create(body: { model: string; max_tokens: number; messages: { role: string; content: string }[] }): Promise<{ content: ({ type: "text"; text: string } | { type: "tool_use"; input: unknown })[] }> };
  }
}
`;
