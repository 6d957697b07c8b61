// Bookkeeping every handler does (Desktop Commander's config loading, which creates its folder):
// what most tools of a server reach with none of their input is the server's, not each tool's, so
// read-only tools do not look like writers. A tool's own write is still its own.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

const configDir = path.join(os.homedir(), ".notes-server");

async function loadConfig(): Promise<{ root: string }> {
  await fs.mkdir(configDir, { recursive: true });
  return { root: path.join(configDir, "notes") };
}

const server = new McpServer({ name: "notes", version: "1.0.0" });

server.registerTool("list_notes", { description: "List notes", inputSchema: { limit: z.number() } }, async ({ limit }) => {
  const { root } = await loadConfig();
  return { content: [{ type: "text", text: (await fs.readdir(root)).slice(0, limit).join("\n") }] };
});

server.registerTool("count_notes", { description: "Count notes", inputSchema: {} }, async () => {
  const { root } = await loadConfig();
  return { content: [{ type: "text", text: String((await fs.readdir(root)).length) }] };
});

server.registerTool("show_settings", { description: "Show the settings", inputSchema: {} }, async () => {
  const config = await loadConfig();
  return { content: [{ type: "text", text: JSON.stringify(config) }] };
});

server.registerTool("note_folder", { description: "Where notes are kept", inputSchema: {} }, async () => {
  const { root } = await loadConfig();
  return { content: [{ type: "text", text: root }] };
});

server.registerTool("reset_notes", { description: "Delete every note", inputSchema: {} }, async () => { // expect: tool-missing-approval
  const { root } = await loadConfig();
  await fs.rm(root, { recursive: true, force: true });
  return { content: [{ type: "text", text: "deleted" }] };
});
