import { Pool } from "pg";

const pool = new Pool();

export async function findBySql(where: string) {
  const result = await pool.query(`SELECT * FROM tickets WHERE ${where}`); // expect: llm-output-to-sql
  return result.rows;
}

export async function countTickets() {
  const result = await pool.query("SELECT count(*) FROM tickets");
  return result.rows[0];
}
