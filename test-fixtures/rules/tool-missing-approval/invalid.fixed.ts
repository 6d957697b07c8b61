// True positives: destructive tools with constrained parameters, but no human approval.
import { tool } from "ai";
import { tool as agentTool } from "@openai/agents";
import { tool as lcTool } from "@langchain/core/tools";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import fs from "node:fs/promises";
import path from "node:path";
import { exec } from "node:child_process";
import nodemailer from "nodemailer";
import { Pool } from "pg";

const DRAFTS = path.resolve("drafts");
const pool = new Pool();
const transporter = nodemailer.createTransport({ host: "smtp.example.com" });

export const tools = {
  deleteDraft: tool({ // expect: tool-missing-approval
    needsApproval: true,
    description: "Delete a draft by number",
    inputSchema: z.object({ id: z.number().int() }),
    execute: async ({ id }) => fs.unlink(path.join(DRAFTS, `${id}.md`)),
  }),
  emailCustomer: tool({ // expect: tool-missing-approval
    needsApproval: true,
    description: "Email the customer a summary",
    inputSchema: z.object({ customerId: z.string().uuid(), summary: z.string() }),
    execute: async ({ summary }) => transporter.sendMail({ to: "customer@example.com", subject: "Your request", text: summary }),
  }),
};

export const refund = agentTool({ // expect: tool-missing-approval
  needsApproval: true,
  name: "refund_order",
  description: "Refund an order",
  parameters: z.object({ orderId: z.number() }),
  execute: async ({ orderId }) => pool.query("UPDATE orders SET status = 'refunded' WHERE id = $1", [orderId]),
});

export const notify = lcTool(async ({ level }) => { // expect: tool-missing-approval
  await fetch("https://hooks.example.com/alert", { method: "POST", body: JSON.stringify({ level }) });
  return "sent";
}, { name: "notify_oncall", description: "Page the on-call engineer", schema: z.object({ level: z.enum(["low", "high"]) }) });

const server = new McpServer({ name: "ops", version: "1.0.0" });
server.tool("restart_service", "Restart a service", { service: z.enum(["web", "worker"]) }, async ({ service }) => { // expect: tool-missing-approval
  exec(`systemctl restart ${service}`);
  return { content: [{ type: "text", text: "restarted" }] };
});

// The tool's name is a constant declared elsewhere in the file.
const purgeName = "purge_logs";
const purgeConfig = { description: "Delete the log files of a day", inputSchema: { day: z.enum(["monday", "tuesday"]) } };
server.registerTool(purgeName, purgeConfig, async ({ day }) => { // expect: tool-missing-approval
  await fs.rm(path.join("/var/log/app", day), { recursive: true });
  return { content: [{ type: "text", text: "purged" }] };
});

// A configured chat API: posting to its messages endpoint is an action, not a lookup.
const CHAT_API = "https://chat.example.com/api";
export const postUpdate = tool({ // expect: tool-missing-approval
  needsApproval: true,
  description: "Post a status update to the team channel",
  inputSchema: z.object({ status: z.enum(["green", "amber", "red"]) }),
  execute: async ({ status }) => fetch(`${CHAT_API}/messages`, { method: "POST", body: JSON.stringify({ status }) }),
});

// A fixed program without a shell still acts on the world when its subcommand does.
import { execFile as runProgram } from "node:child_process";
import { tool as defineTool } from "ai";
import { z as zod } from "zod";

export const pushBranch = defineTool({ // expect: tool-missing-approval
  needsApproval: true,
  description: "Push the current branch",
  inputSchema: zod.object({ remote: zod.enum(["origin", "upstream"]) }),
  execute: async ({ remote }) => new Promise((resolve) => runProgram("git", ["push", remote], () => resolve("pushed"))),
});

// The interpreter running the server is a configured program, but the file it is handed was just
// written with the model's code: that runs code (Desktop Commander's `interact_with_process`).
import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import os from "node:os";

export const runSnippet = defineTool({ // expect: tool-missing-approval
  needsApproval: true,
  description: "Run a JavaScript snippet",
  inputSchema: zod.object({ code: zod.string() }),
  execute: async ({ code }) => {
    const file = `${os.tmpdir()}/snippet-${Date.now()}.mjs`;
    await writeFile(file, code);
    return new Promise((resolve) => spawn(process.execPath, [file]).on("close", resolve));
  },
});
