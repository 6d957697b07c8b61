// A low-level MCP server whose tool-call handler is a function passed by name, writing under a
// directory named by the model (oh-my-codex before the fix of issue #159).
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";

const server = new Server({ name: "team-state", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "team_write_worker_inbox", description: "Write a worker's inbox", inputSchema: { type: "object", properties: { team_name: { type: "string" }, worker: { type: "string" }, content: { type: "string" } } } }, // expect: tool-unconstrained-capability, tool-missing-approval
  ],
}));

function teamDir(teamName: string, cwd: string): string {
  return join(cwd, ".state", "team", teamName);
}

async function writeWorkerInbox(teamName: string, worker: string, prompt: string, cwd: string): Promise<void> {
  await writeFile(join(teamDir(teamName, cwd), "workers", worker, "inbox.md"), prompt); // expect: llm-output-to-file-path
}

export async function handleStateToolCall(request: { params: { name: string; arguments?: Record<string, unknown> } }) {
  const { name, arguments: args } = request.params;
  switch (name) {
    case "team_write_worker_inbox": {
      const teamName = String((args as Record<string, unknown>).team_name || "").trim();
      const worker = String((args as Record<string, unknown>).worker || "").trim();
      const content = String((args as Record<string, unknown>).content || "").trim();
      await writeWorkerInbox(teamName, worker, content, process.cwd());
      return { content: [{ type: "text", text: "ok" }] };
    }
    default:
      throw new Error(`Unknown tool ${name}`);
  }
}

server.setRequestHandler(CallToolRequestSchema, handleStateToolCall);
