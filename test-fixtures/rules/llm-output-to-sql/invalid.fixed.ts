// True positives: SQL text built from model output.
import { Pool } from "pg";
import mysql from "mysql2/promise";
import Database from "better-sqlite3";
import knex from "knex";
import { PrismaClient } from "@prisma/client";
import { Sequelize } from "sequelize";
import { sql } from "drizzle-orm";
import OpenAI from "openai";
import { generateText } from "ai";
import { anthropic } from "@ai-sdk/anthropic";
import { findBySql } from "./lib/repository";

const pool = new Pool();
const openai = new OpenAI();
const db = new Database("app.db");
const prisma = new PrismaClient();
const sequelize = new Sequelize("sqlite::memory:");
const kx = knex({ client: "pg" });

async function statusFromModel(question: string): Promise<string> {
  const completion = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
  return completion.choices[0].message.content ?? "";
}

export async function pgQuery(question: string) {
  const status = await statusFromModel(question);
  return pool.query(`SELECT id, total FROM orders WHERE status = $1`, [status]); // expect: llm-output-to-sql
}

export async function pgTwoValues(question: string) {
  const status = await statusFromModel(question);
  const region = await statusFromModel(`region for ${question}`);
  return pool.query(`SELECT id FROM orders WHERE status = $1 AND region = $2 LIMIT 10`, [status, region]); // expect: llm-output-to-sql
}

export async function pgConnected(question: string) {
  const client = await pool.connect();
  const minimum = await statusFromModel(question);
  const result = await client.query(`SELECT * FROM orders WHERE total > $1`, [minimum]); // expect: llm-output-to-sql
  client.release();
  return result.rows;
}

export async function mysqlQuery(question: string) {
  const connection = await mysql.createConnection({ host: "localhost" });
  const name = await statusFromModel(question);
  const [rows] = await connection.execute(`SELECT * FROM users WHERE name = ?`, [name]); // expect: llm-output-to-sql
  return rows;
}

export async function sqliteQuery(question: string) {
  const tag = await statusFromModel(question);
  return db.prepare(`SELECT * FROM notes WHERE tag = ?`).all(tag); // expect: llm-output-to-sql
}

export async function textToSql(question: string) {
  const { text } = await generateText({ model: anthropic("claude-sonnet-4-5"), prompt: `Write a SQL query for: ${question}` });
  return prisma.$queryRawUnsafe(text); // expect: llm-output-to-sql
}

export async function concatenated(question: string) {
  const column = await statusFromModel(question);
  return sequelize.query("SELECT " + column + " FROM products"); // expect: llm-output-to-sql
}

export async function knexRaw(question: string) {
  const filter = await statusFromModel(question);
  return kx("orders").whereRaw(`status = '${filter}'`); // expect: llm-output-to-sql
}

export async function knexRawQuery(question: string) {
  const query = await statusFromModel(question);
  return kx.raw(query); // expect: llm-output-to-sql
}

export async function drizzleRaw(question: string) {
  const order = await statusFromModel(question);
  return sql.raw(`ORDER BY ${order}`); // expect: llm-output-to-sql
}

export async function helperInAnotherFile(question: string) {
  return findBySql(await statusFromModel(question));
}

export async function unknownClient(database: { query(text: string): Promise<unknown> }, question: string) {
  const table = await statusFromModel(question);
  return database.query(`SELECT * FROM ${table} WHERE archived = false`); // expect: llm-output-to-sql
}
