import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

// `status` comes from the model (see the chat route): SQL built from it by concatenation.
export async function findOrdersByStatus(status: string) {
  const result = await pool.query(`SELECT id, total FROM orders WHERE status = '${status}'`); // expect: llm-output-to-sql
  return result.rows;
}

// The safe twin: a bound parameter.
export async function findOrdersByCustomer(customerId: string) {
  const result = await pool.query("SELECT id, total FROM orders WHERE customer_id = $1", [customerId]);
  return result.rows;
}
