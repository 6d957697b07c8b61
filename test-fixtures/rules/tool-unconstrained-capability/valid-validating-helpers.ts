// The fix of oh-my-codex #159: names checked against anchored patterns held in constants, and the
// joined path checked to stay under the root (`startsWith(root + sep)`, `sep` imported), each by
// a helper called for its throw.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { writeFile } from "node:fs/promises";
import { join, resolve, sep } from "node:path";

const WORKER_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

const server = new Server({ name: "team-state", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "team_write_worker_inbox", description: "Write a worker's inbox", inputSchema: { type: "object", properties: { team_name: { type: "string" }, worker: { type: "string" }, content: { type: "string" } } } }, // expect: tool-missing-approval
  ],
}));

function assertPathWithinDir(filePath: string, rootDir: string): void {
  const normalizedRoot = resolve(rootDir);
  const normalizedPath = resolve(filePath);
  if (normalizedPath !== normalizedRoot && !normalizedPath.startsWith(normalizedRoot + sep)) throw new Error("Path traversal detected");
}

function validateTeamName(name: string): void {
  const re = /^[a-z0-9][a-z0-9-]{0,29}$/;
  if (!re.test(name)) throw new Error(`Invalid team name: ${name}`);
}

function validateWorkerName(name: string): void {
  if (!WORKER_NAME_PATTERN.test(name)) throw new Error(`Invalid worker name: ${name}`);
}

function teamDir(teamName: string, cwd: string): string {
  validateTeamName(teamName);
  const p = join(cwd, ".state", "team", teamName);
  assertPathWithinDir(p, cwd);
  return p;
}

async function writeWorkerInbox(teamName: string, worker: string, prompt: string, cwd: string): Promise<void> {
  validateWorkerName(worker);
  await writeFile(join(teamDir(teamName, cwd), "workers", worker, "inbox.md"), prompt);
}

export async function handleStateToolCall(request: { params: { name: string; arguments?: Record<string, unknown> } }) {
  const { name, arguments: args } = request.params;
  switch (name) {
    case "team_write_worker_inbox": {
      const teamName = String((args as Record<string, unknown>).team_name || "").trim();
      const worker = String((args as Record<string, unknown>).worker || "").trim();
      await writeWorkerInbox(teamName, worker, String((args as Record<string, unknown>).content || ""), process.cwd());
      return { content: [{ type: "text", text: "ok" }] };
    }
    default:
      throw new Error(`Unknown tool ${name}`);
  }
}

server.setRequestHandler(CallToolRequestSchema, handleStateToolCall);
