// True positives: text-to-SQL, where the whole query is model output.
import { sql } from "@vercel/postgres";
import OpenAI from "openai";
import { SqlDatabase } from "langchain/sql_db";
import { createSqlQueryChain } from "langchain/chains/sql_db";
import { ChatOpenAI } from "@langchain/openai";
import { getDb } from "./lib/db";

const openai = new OpenAI();

export async function POST(req: Request) {
  const { question } = await req.json();
  const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "system", content: "Reply with SQL only." }, { role: "user", content: question }] });
  const query = completion.choices[0].message.content?.replace(/```sql|```/g, "").trim() ?? "";
  const { rows } = await sql.query(query); // expect: llm-output-to-sql
  return Response.json(rows);
}

export async function langchainSqlChain(question: string, db: SqlDatabase) {
  const chain = await createSqlQueryChain({ llm: new ChatOpenAI({ model: "gpt-4o" }), db, dialect: "postgres" });
  const generated = await chain.invoke({ question });
  return db.run(generated); // expect: llm-output-to-sql
}

export async function injectedDatabase(question: string) {
  const db = getDb();
  const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: question }] });
  return db.query(completion.choices[0].message.content ?? ""); // expect: llm-output-to-sql
}
