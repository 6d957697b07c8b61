// Registrations known by their shape, as Cloudflare's servers write them: a context method of the
// project's own (`accountTool`) that forwards to the SDK in a module llmsec is not given, a local helper
// that takes `{ name, schema, callback }` and calls it, and a table of tool objects registered in a loop.
import Cloudflare from "cloudflare";
import fs from "node:fs/promises";
import { z } from "zod";

interface RegistrationContext {
  accountTool(name: string, config: { description: string; inputSchema: z.ZodTypeAny }, handler: (input: any, accountId: string) => Promise<unknown>): void;
}

const client = new Cloudflare({ apiToken: process.env.CLOUDFLARE_API_TOKEN });

export function registerD1Tools(context: RegistrationContext) {
  context.accountTool( // expect: tool-unconstrained-capability, tool-missing-approval
    "d1_database_query",
    { description: "Query a D1 database", inputSchema: z.object({ database_id: z.string(), sql: z.string() }) },
    async ({ database_id, sql }, account_id) => client.d1.database.query(database_id, { account_id, sql }), // expect: llm-output-to-sql
  );

  registerTool({ // expect: tool-unconstrained-capability
    context,
    name: "fetch_report",
    description: "Fetch a report",
    schema: { url: z.string() },
    callback: async ({ url }) => (await fetch(url)).text(), // expect: llm-output-to-url
  });
}

const registerTool = ({ context, name, description, schema, callback }: { context: RegistrationContext; name: string; description: string; schema: z.ZodRawShape; callback: (input: any) => Promise<unknown> }) => {
  context.accountTool(name, { description, inputSchema: z.object(schema) }, async (params, accountId) => callback({ ...params, accountId }));
};

const pathParam = z.string().describe("A file to remove");

const toolDefinitions = [
  { // expect: tool-unconstrained-capability, tool-missing-approval
    name: "remove_file",
    description: "Remove a file",
    params: { pathParam },
    handler: async ({ pathParam }: { pathParam: string }) => fs.rm(pathParam), // expect: llm-output-to-file-path
  },
];

export function registerFileTools(context: RegistrationContext) {
  toolDefinitions.forEach(({ name, description, params, handler }) => {
    context.accountTool(name, { description, inputSchema: z.object(params) }, async (input) => handler(input));
  });
}
