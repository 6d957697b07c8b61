// Annotations that tell MCP clients a tool is safe to run unasked, on handlers that change things.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import { z } from "zod";

const server = new McpServer({ name: "notes", version: "1.0.0" });

server.registerTool( // expect: tool-unconstrained-capability, tool-missing-approval
  "save_note",
  {
    description: "Save a note to the notes folder",
    inputSchema: { title: z.string(), body: z.string() },
    annotations: { readOnlyHint: false }, // expect: tool-annotation-mismatch
  },
  async ({ title, body }) => {
    await fs.writeFile(`/srv/notes/${title}.md`, body); // expect: llm-output-to-file-path
    return { content: [{ type: "text", text: "saved" }] };
  },
);

server.registerTool( // expect: tool-unconstrained-capability, tool-missing-approval
  "run_check",
  {
    description: "Run a repository check",
    inputSchema: { script: z.string() },
    annotations: { readOnlyHint: false, destructiveHint: true }, // expect: tool-annotation-mismatch
  },
  async ({ script }) => {
    execFile("sh", ["-c", script]); // expect: llm-output-to-shell
    return { content: [{ type: "text", text: "started" }] };
  },
);

// A listing in playwright-mcp's style: `type: "readOnly"` becomes `readOnlyHint: true` when listed.
export const pdfTool = { // expect: tool-unconstrained-capability, tool-missing-approval
  schema: { name: "save_pdf", description: "Save the page as PDF", inputSchema: z.object({ name: z.string() }), type: "destructive" }, // expect: tool-annotation-mismatch
  handle: async (params: { name: string }) => {
    await fs.writeFile(`/tmp/out/${params.name}.pdf`, ""); // expect: llm-output-to-file-path
  },
};
