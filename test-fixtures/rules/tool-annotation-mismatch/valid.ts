// Annotations that tell the truth, and look-alikes: a read-only tool that only reads, a fixed
// read-only query, a tool that writes and says so, and an annotated tool that asks the user first.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import fs from "node:fs/promises";
import { z } from "zod";

declare const db: { query(sql: string, values?: unknown[]): Promise<unknown> };
declare function confirmWithUser(message: string): Promise<boolean>;

const server = new McpServer({ name: "notes", version: "1.0.0" });

server.registerTool(
  "read_note",
  { description: "Read a note", inputSchema: { title: z.enum(["todo", "ideas"]) }, annotations: { readOnlyHint: true } },
  async ({ title }) => ({ content: [{ type: "text", text: await fs.readFile(`/srv/notes/${title}.md`, "utf8") }] }),
);

server.registerTool(
  "count_notes",
  { description: "Count notes", inputSchema: { folder: z.string() }, annotations: { readOnlyHint: true } },
  async ({ folder }) => ({ content: [{ type: "text", text: String(await db.query("SELECT count(*) FROM notes WHERE folder = $1", [folder])) }] }),
);

server.registerTool( // expect: tool-missing-approval
  "append_note",
  { description: "Append to a note", inputSchema: { title: z.enum(["todo", "ideas"]), line: z.string() }, annotations: { readOnlyHint: false, destructiveHint: false } },
  async ({ title, line }) => {
    await fs.appendFile(`/srv/notes/${title}.md`, `${line}\n`);
    return { content: [{ type: "text", text: "appended" }] };
  },
);

server.registerTool(
  "archive_note",
  { description: "Archive a note", inputSchema: { title: z.enum(["todo", "ideas"]) }, annotations: { readOnlyHint: true } },
  async ({ title }) => {
    if (!(await confirmWithUser(`Archive ${title}?`))) return { content: [{ type: "text", text: "cancelled" }] };
    await fs.rename(`/srv/notes/${title}.md`, `/srv/archive/${title}.md`);
    return { content: [{ type: "text", text: "archived" }] };
  },
);

// A screenshot saved under a name the code chooses is the tool's result, not a change to confirm.
server.registerTool( // expect: tool-missing-approval
  "snapshot_notes",
  { description: "Render the notes overview", inputSchema: { theme: z.enum(["light", "dark"]) }, annotations: { readOnlyHint: true } },
  async ({ theme }) => {
    await fs.writeFile(`/tmp/llmsec-notes/overview-${Date.now()}.svg`, `<svg data-theme="${theme}"></svg>`);
    return { content: [{ type: "text", text: "rendered" }] };
  },
);

