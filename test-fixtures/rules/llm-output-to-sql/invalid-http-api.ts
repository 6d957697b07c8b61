// SQL text sent to a database's HTTP API as a field (the shape of supabase-mcp before PR #165).
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

interface ManagementApi {
  executeSql(projectId: string, options: { query: string; read_only?: boolean }): Promise<unknown>;
}

export async function listTables(api: ManagementApi, question: string) {
  const { text: schema } = await generateText({ model: openai("gpt-4o-mini"), prompt: question });
  const query = `select * from information_schema.tables where table_schema = '${schema}'`;
  return api.executeSql("project", { query, read_only: true }); // expect: llm-output-to-sql
}

export async function parameterised(api: { executeSql(id: string, o: { query: string; parameters: unknown[] }): Promise<unknown> }, question: string) {
  const { text: schema } = await generateText({ model: openai("gpt-4o-mini"), prompt: question });
  return api.executeSql("project", { query: "select * from information_schema.tables where table_schema = $1", parameters: [schema] });
}
