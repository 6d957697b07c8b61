// Hard negatives: read-only tools, closed parameters, fixed programs, confined paths, approval.
import { tool } from "ai";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { DynamicStructuredTool } from "@langchain/core/tools";
import { z } from "zod";
import fs from "node:fs/promises";
import path from "node:path";
import { execFileSync, execSync } from "node:child_process";

const DOCS = path.resolve("docs");
const ALLOWED_HOSTS = ["api.weather.example", "status.example.com"];

export const tools = {
  weather: tool({
    description: "Get the weather for a city",
    inputSchema: z.object({ city: z.string() }),
    execute: async ({ city }) => (await fetch(`https://api.weather.example/v1?city=${encodeURIComponent(city)}`)).json(),
  }),
  readDoc: tool({
    description: "Read a help article",
    inputSchema: z.object({ slug: z.enum(["billing", "shipping"]) }),
    execute: async ({ slug }) => fs.readFile(path.join(DOCS, `${slug}.md`), "utf8"),
  }),
  confinedRead: tool({
    description: "Read a file under docs/",
    inputSchema: z.object({ file: z.string() }),
    execute: async ({ file }) => {
      const target = path.resolve(DOCS, file);
      if (!target.startsWith(DOCS + path.sep)) throw new Error("outside docs");
      return fs.readFile(target, "utf8");
    },
  }),
  gitLog: tool({
    description: "Show recent commits touching a path",
    inputSchema: z.object({ file: z.string() }),
    execute: async ({ file }) => execFileSync("git", ["log", "--oneline", "-5", "--", file]).toString(),
  }),
  status: tool({
    description: "Host status",
    inputSchema: z.object({}),
    execute: async () => execSync("uptime").toString(),
  }),
  approvedShell: tool({
    description: "Run a command after a human approves it",
    inputSchema: z.object({ command: z.string() }),
    needsApproval: true,
    execute: async ({ command }) => execSync(command).toString(),
  }),
  checkedFetch: tool({
    description: "Fetch from an allowed host",
    inputSchema: z.object({ url: z.string() }),
    execute: async ({ url }) => {
      if (!ALLOWED_HOSTS.includes(new URL(url).hostname)) throw new Error("host not allowed");
      return (await fetch(url)).text();
    },
  }),
  pageSize: tool({
    description: "Count tokens of a text",
    inputSchema: z.object({ text: z.string(), limit: z.number() }),
    execute: async ({ text, limit }) => Math.min(text.length, limit),
  }),
};

const server = new McpServer({ name: "docs", version: "1.0.0" });
server.tool("list_docs", "List help articles", {}, async () => ({ content: [{ type: "text", text: (await fs.readdir(DOCS)).join("\n") }] }));
server.tool("search_docs", "Search help articles", { term: z.string() }, async ({ term }) => {
  const names = await fs.readdir(DOCS);
  return { content: [{ type: "text", text: names.filter((n) => n.includes(term)).join("\n") }] };
});

export const echo = new DynamicStructuredTool({
  name: "echo",
  description: "Echo text",
  schema: z.object({ text: z.string() }),
  func: async ({ text }) => text.toUpperCase(),
});
