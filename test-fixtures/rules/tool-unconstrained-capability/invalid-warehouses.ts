// Warehouse clients that take query text: BigQuery (a string or `{ query }`), Snowflake (`{ sqlText }`).
import { BigQuery } from "@google-cloud/bigquery";
import { tool } from "ai";
import snowflake from "snowflake-sdk";
import { z } from "zod";

const bigquery = new BigQuery();
const warehouse = snowflake.createConnection({ account: "acme", username: "agent", password: process.env.SNOWFLAKE_PASSWORD });

export const bigqueryTool = tool({ // expect: tool-unconstrained-capability, tool-missing-approval
  description: "Run a BigQuery query",
  inputSchema: z.object({ sql: z.string() }),
  execute: async ({ sql }) => bigquery.query({ query: sql, location: "US" }), // expect: llm-output-to-sql
});

export const snowflakeTool = tool({ // expect: tool-unconstrained-capability, tool-missing-approval
  description: "Run a Snowflake query",
  inputSchema: z.object({ sql: z.string() }),
  execute: async ({ sql }) => warehouse.execute({ sqlText: sql }), // expect: llm-output-to-sql
});
