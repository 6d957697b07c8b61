// Hard negatives: approval present, or nothing destructive.
import { tool } from "ai";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import fs from "node:fs/promises";
import path from "node:path";
import { exec } from "node:child_process";
import { Pool } from "pg";

const DRAFTS = path.resolve("drafts");
const pool = new Pool();
declare function confirmWithUser(question: string): Promise<boolean>;

export const tools = {
  deleteDraft: tool({
    description: "Delete a draft by number",
    inputSchema: z.object({ id: z.number().int() }),
    needsApproval: true,
    execute: async ({ id }) => fs.unlink(path.join(DRAFTS, `${id}.md`)),
  }),
  purgeCache: tool({
    description: "Purge the cache after the user confirms",
    inputSchema: z.object({ scope: z.enum(["images", "pages"]) }),
    execute: async ({ scope }) => {
      if (!(await confirmWithUser(`Purge the ${scope} cache?`))) return "cancelled";
      await fs.rm(path.join("/var/cache/app", scope), { recursive: true });
      return "purged";
    },
  }),
  listDrafts: tool({
    description: "List drafts",
    inputSchema: z.object({}),
    execute: async () => fs.readdir(DRAFTS),
  }),
  countOrders: tool({
    description: "Count orders",
    inputSchema: z.object({}),
    execute: async () => (await pool.query("SELECT count(*) FROM orders")).rows[0],
  }),
};

const server = new McpServer({ name: "ops", version: "1.0.0" });
server.tool("restart_service", "Restart a service", { service: z.enum(["web", "worker"]) }, async ({ service }) => {
  const answer = await server.server.elicitInput({ message: `Restart ${service}?`, requestedSchema: { type: "object", properties: { confirm: { type: "boolean" } } } });
  if (answer.action !== "accept") return { content: [{ type: "text", text: "cancelled" }] };
  exec(`systemctl restart ${service}`);
  return { content: [{ type: "text", text: "restarted" }] };
});

// Timers that call back a function run no code from text: not "evaluates code".
const waitName = "long_running_operation";
server.registerTool(waitName, { description: "Wait, reporting progress", inputSchema: { steps: z.number().int().max(10) } }, async ({ steps }) => {
  for (let i = 0; i < steps; i++) await new Promise((resolve) => setTimeout(resolve, 1000));
  const ticker = setInterval(() => undefined, 5000);
  clearInterval(ticker);
  return { content: [{ type: "text", text: `done in ${steps} steps` }] };
});

// A search tool that POSTs its query to a fixed search API: a lookup, not an outbound action.
const SEARCH_API = "https://api.search.example.com/v1";
export const webSearch = tool({
  description: "Search the web",
  inputSchema: z.object({ query: z.string() }),
  execute: async ({ query }) => {
    const response = await fetch(`${SEARCH_API}/search`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
    return response.json();
  },
});

// A fixed program reading state: nothing to approve.
import { execFile as runProgram } from "node:child_process";
import { tool as defineTool } from "ai";
import { z as zod } from "zod";

export const gitStatus = defineTool({
  description: "Show the working tree status",
  inputSchema: zod.object({ short: zod.boolean() }),
  execute: async ({ short }) => new Promise((resolve) => runProgram("git", short ? ["status", "--short"] : ["status"], () => resolve("ok"))),
});

// A command the operator configures, run on every tool's request path (gitlab-mcp's OAuth token
// script): no input reaches it, so the tool does not "run shell commands".
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

class TokenSource {
  constructor(private readonly config: { tokenScript: string }) {}
  async token(): Promise<string> {
    const shell = process.platform === "win32" ? process.env.ComSpec || "cmd.exe" : "/bin/sh";
    const args = process.platform === "win32" ? ["/d", "/s", "/c", this.config.tokenScript] : ["-c", this.config.tokenScript];
    const { stdout } = await execFileAsync(shell, args, { timeout: 30_000 });
    return stdout.trim();
  }
}

const tokens = new TokenSource({ tokenScript: process.env.TOKEN_SCRIPT ?? "" });

export const getBranch = tool({
  description: "Get a branch",
  inputSchema: z.object({ branch: z.enum(["main", "develop"]) }),
  execute: async ({ branch }) => (await fetch(`https://gitlab.example.com/api/v4/branches/${branch}`, { headers: { Authorization: `Bearer ${await tokens.token()}` } })).json(),
});
