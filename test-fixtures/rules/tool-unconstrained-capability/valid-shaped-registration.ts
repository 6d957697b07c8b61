// Look-alikes of shaped registrations: the SQL is fixed and the model's value is a bound parameter;
// a call with a name, options and a callback but no input schema is not a tool (an event subscription).
import Cloudflare from "cloudflare";
import { z } from "zod";

interface RegistrationContext {
  accountTool(name: string, config: { description: string; inputSchema: z.ZodTypeAny }, handler: (input: any, accountId: string) => Promise<unknown>): void;
  on(event: string, options: { once: boolean }, listener: (payload: any) => void): void;
}

const client = new Cloudflare({ apiToken: process.env.CLOUDFLARE_API_TOKEN });

export function registerReadTools(context: RegistrationContext) {
  context.accountTool(
    "d1_table_rows",
    { description: "Count a table's rows", inputSchema: z.object({ database_id: z.string(), table: z.enum(["users", "orders"]) }) },
    async ({ database_id, table }, account_id) => client.d1.database.query(database_id, { account_id, sql: `SELECT count(*) FROM ${table}` }),
  );
  context.accountTool(
    "d1_user_by_email",
    { description: "Find a user", inputSchema: z.object({ database_id: z.string(), email: z.string() }) },
    async ({ database_id, email }, account_id) => client.d1.database.query(database_id, { account_id, sql: "SELECT * FROM users WHERE email = ?", params: [email] }),
  );
  context.on("message", { once: true }, (payload) => fetch(String(payload.url)));
}
