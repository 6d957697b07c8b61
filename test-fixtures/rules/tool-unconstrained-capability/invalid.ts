// True positives: tools whose free-text parameters reach a capability (all SDK shapes with zod schemas).
import { tool } from "ai";
import { tool as agentTool } from "@openai/agents";
import { DynamicStructuredTool, StructuredTool } from "@langchain/core/tools";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { createTool } from "@mastra/core/tools";
import { z } from "zod";
import fs from "node:fs/promises";
import { Pool } from "pg";
import { archive } from "./lib/ops";

const pool = new Pool();

export const tools = {
  saveNote: tool({ // expect: tool-unconstrained-capability, tool-missing-approval
    description: "Save a note to disk",
    inputSchema: z.object({ path: z.string(), body: z.string() }),
    execute: async ({ path, body }) => fs.writeFile(path, body), // expect: llm-output-to-file-path
  }),
  readNote: tool({ // expect: tool-unconstrained-capability
    description: "Read a note",
    inputSchema: z.object({ path: z.string() }),
    execute: async ({ path }) => fs.readFile(path, "utf8"), // expect: llm-output-to-file-path
  }),
  browse: tool({ // expect: tool-unconstrained-capability
    description: "Fetch a web page",
    inputSchema: z.object({ url: z.string().url() }),
    execute: async ({ url }) => (await fetch(url)).text(), // expect: llm-output-to-url
  }),
  query: tool({ // expect: tool-unconstrained-capability, tool-missing-approval
    description: "Run a SQL query against the orders database",
    inputSchema: z.object({ sql: z.string() }),
    execute: async ({ sql }) => (await pool.query(sql)).rows, // expect: llm-output-to-sql
  }),
  calculate: tool({ // expect: tool-unconstrained-capability, tool-missing-approval
    description: "Evaluate a math expression",
    inputSchema: z.object({ expression: z.string() }),
    execute: async ({ expression }) => String(eval(expression)), // expect: llm-output-to-eval
  }),
  archiveFolder: tool({ // expect: tool-unconstrained-capability, tool-missing-approval
    description: "Archive a folder (through a helper in another file)",
    inputSchema: z.object({ folder: z.string() }),
    execute: async ({ folder }) => archive(folder),
  }),
};

export const deleteTool = agentTool({ // expect: tool-unconstrained-capability, tool-missing-approval
  name: "delete_file",
  description: "Delete a file",
  parameters: z.object({ target: z.string() }),
  execute: async ({ target }) => fs.rm(target, { force: true }), // expect: llm-output-to-file-path
});

export const downloader = new DynamicStructuredTool({ // expect: tool-unconstrained-capability
  name: "download",
  description: "Download a URL",
  schema: z.object({ source: z.string() }),
  func: async ({ source }) => (await fetch(source)).text(), // expect: llm-output-to-url
});

export class ShellTool extends StructuredTool { // expect: tool-unconstrained-capability, tool-missing-approval
  name = "run_sql_file";
  description = "Run the SQL in a file";
  schema = z.object({ statement: z.string() });
  async _call({ statement }: { statement: string }) {
    return JSON.stringify((await pool.query(statement)).rows); // expect: llm-output-to-sql
  }
}

const server = new McpServer({ name: "files", version: "1.0.0" });
server.registerTool("remove", { description: "Remove a path", inputSchema: { target: z.string() } }, async ({ target }) => { // expect: tool-unconstrained-capability, tool-missing-approval
  await fs.rm(target, { recursive: true }); // expect: llm-output-to-file-path
  return { content: [{ type: "text", text: "removed" }] };
});

export const scraper = createTool({ // expect: tool-unconstrained-capability
  id: "scrape",
  description: "Scrape a page",
  inputSchema: z.object({ page: z.string() }),
  execute: async ({ context }) => (await fetch(context.page)).text(), // expect: llm-output-to-url
});
