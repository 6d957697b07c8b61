// The same warehouses with fixed queries: the model's value is a named parameter.
import { BigQuery } from "@google-cloud/bigquery";
import { tool } from "ai";
import { z } from "zod";

const bigquery = new BigQuery();

export const orderTool = tool({
  description: "Look up an order",
  inputSchema: z.object({ id: z.string() }),
  execute: async ({ id }) => bigquery.query({ query: "SELECT * FROM shop.orders WHERE id = @id", params: { id } }),
});
