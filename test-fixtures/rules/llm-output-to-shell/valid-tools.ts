// Hard negatives: tools whose inputs are closed by their schema, or kept away from the shell.
import { execFileSync, execSync } from "node:child_process";
import { tool } from "ai";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

export const tools = {
  status: tool({ // expect: tool-missing-approval
    description: "Show the status of a service",
    inputSchema: z.object({ service: z.enum(["web", "worker"]) }),
    execute: async ({ service }) => execSync(`systemctl status ${service}`).toString(),
  }),
  tail: tool({ // expect: tool-missing-approval
    description: "Tail a log",
    inputSchema: z.object({ lines: z.number().int().max(500) }),
    execute: async ({ lines }) => execSync(`tail -n ${lines} /var/log/app.log`).toString(),
  }),
  gitLog: tool({
    description: "Show commits touching a path",
    inputSchema: z.object({ path: z.string() }),
    execute: async ({ path }) => execFileSync("git", ["log", "--oneline", "--", path]).toString(),
  }),
};

const server = new McpServer({ name: "ops", version: "1.0.0" });
server.tool("uptime", "Host uptime", {}, async () => ({ content: [{ type: "text", text: execSync("uptime").toString() }] }));
server.tool("echo", "Echo text back", { text: z.string() }, async ({ text }) => ({ content: [{ type: "text", text }] }));
