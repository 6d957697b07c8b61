// Hard negatives: parameterized queries, tagged templates, validated values, unrelated strings.
import { Pool } from "pg";
import Database from "better-sqlite3";
import { PrismaClient } from "@prisma/client";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import OpenAI from "openai";
import { z } from "zod";
import { countTickets } from "./lib/repository";

const pool = new Pool();
const openai = new OpenAI();
const db = new Database("app.db");
const prisma = new PrismaClient();
const pg = postgres(process.env.DATABASE_URL ?? "");

async function statusFromModel(question: string): Promise<string> {
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
  return completion.choices[0].message.content ?? "";
}

export async function parameterized(question: string) {
  const status = await statusFromModel(question);
  return pool.query("SELECT id, total FROM orders WHERE status = $1", [status]);
}

export async function parameterizedObject(question: string) {
  const status = await statusFromModel(question);
  return pool.query({ text: "SELECT * FROM orders WHERE status = $1", values: [status] });
}

export async function sqliteBound(question: string) {
  const tag = await statusFromModel(question);
  return db.prepare("SELECT * FROM notes WHERE tag = ?").all(tag);
}

export async function taggedTemplates(question: string) {
  const status = await statusFromModel(question);
  await prisma.$queryRaw`SELECT * FROM orders WHERE status = ${status}`;
  await pg`SELECT * FROM orders WHERE status = ${status}`;
  return sql`SELECT * FROM orders WHERE status = ${status}`;
}

export async function enumValidated(question: string) {
  const status = z.enum(["open", "shipped", "cancelled"]).parse(await statusFromModel(question));
  return pool.query(`SELECT * FROM orders WHERE status = '${status}'`);
}

export async function numberValidated(question: string) {
  const limit = parseInt(await statusFromModel(question), 10);
  return pool.query(`SELECT * FROM orders LIMIT ${limit}`);
}

const SORTABLE = ["created_at", "total"];
export async function allowListedColumn(question: string) {
  const column = await statusFromModel(question);
  if (!SORTABLE.includes(column)) throw new Error("bad column");
  return pool.query(`SELECT * FROM orders ORDER BY ${column}`);
}

export async function storesUsage(question: string) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
  return pool.query(`INSERT INTO usage (tokens, model) VALUES (${completion.usage?.total_tokens}, '${completion.model}')`);
}

export async function insertsBound(question: string) {
  const answer = await statusFromModel(question);
  return pool.query("INSERT INTO answers (body) VALUES ($1)", [answer]);
}

export async function notSql(question: string) {
  const answer = await statusFromModel(question);
  const cache = new Map<string, string>();
  cache.set(`answer:${question}`, answer);
  return cache.get(`answer:${question}`);
}

export function constantQuery() {
  return countTickets();
}

// Calls named like queries that are not SQL.
declare const apollo: { query(options: { query: unknown; variables: Record<string, unknown> }): Promise<unknown> };
declare const gql: (s: TemplateStringsArray) => unknown;
export async function graphql(question: string) {
  const answer = await statusFromModel(question);
  return apollo.query({ query: gql`query Search($q: String!) { search(q: $q) { id } }`, variables: { q: answer } });
}
export async function cacheLookup(question: string, cache: Map<string, string>) {
  const key = await statusFromModel(question);
  return cache.get(key);
}

// A table name the model chose, quoted as an identifier by the project's helper (mcp-sqlite-tools' fix).
function quote_identifier(identifier: string): string {
  if (!/^[^\0]{1,64}$/.test(identifier)) throw new Error("bad identifier");
  return `"${identifier.replace(/"/g, '""')}"`;
}

export async function describeTable(question: string) {
  const table = await statusFromModel(question);
  return db.prepare(`PRAGMA table_info(${quote_identifier(table)})`).all();
}
