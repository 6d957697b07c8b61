// An elicitation that cannot stop the tool: context7's sign-in prompt is started after the work and
// never awaited, so the write happens whatever the user answers.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import fs from "node:fs/promises";
import { z } from "zod";

const server = new McpServer({ name: "notes", version: "1.0.0" });

async function maybeAskSignIn(target: McpServer): Promise<void> {
  await target.server.elicitInput({ message: "Sign in for higher limits?", requestedSchema: { type: "object", properties: {} } });
}

server.registerTool( // expect: tool-missing-approval
  "archive_notes",
  { description: "Archive the notes folder", inputSchema: { folder: z.enum(["todo", "ideas"]) } },
  async ({ folder }) => {
    await fs.rename(`/srv/notes/${folder}`, `/srv/archive/${folder}`);
    maybeAskSignIn(server);
    return { content: [{ type: "text", text: "archived" }] };
  },
);

// The same prompt awaited before the work: it can stop the tool.
server.registerTool(
  "archive_notes_confirmed",
  { description: "Archive the notes folder", inputSchema: { folder: z.enum(["todo", "ideas"]) } },
  async ({ folder }) => {
    const answer = await server.server.elicitInput({ message: `Archive ${folder}?`, requestedSchema: { type: "object", properties: {} } });
    if (answer.action !== "accept") return { content: [{ type: "text", text: "cancelled" }] };
    await fs.rename(`/srv/notes/${folder}`, `/srv/archive/${folder}`);
    return { content: [{ type: "text", text: "archived" }] };
  },
);
