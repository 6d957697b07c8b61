// Refusing `..` alone does not confine a path that may be absolute: `resolve(root, "/etc/passwd")`
// is `/etc/passwd`. And a check of one field does not guard another.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { readFile } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import { z } from "zod";

const server = new McpServer({ name: "approvals", version: "1.0.0" });
const projectRoot = "/srv/project";

server.tool("read_doc", "Read a document", { filePath: z.string() }, async (args) => { // expect: tool-unconstrained-capability
  if (args.filePath.includes("..")) throw new Error("'..' is refused");
  return { content: [{ type: "text", text: await readFile(resolve(projectRoot, args.filePath), "utf8") }] }; // expect: llm-output-to-file-path
});

server.tool("read_pair", "Read a document and its notes", { filePath: z.string(), notesPath: z.string() }, async (args) => { // expect: tool-unconstrained-capability
  if (isAbsolute(args.filePath) || args.filePath.includes("..")) throw new Error("refused");
  const doc = await readFile(join(projectRoot, args.filePath), "utf8");
  const notes = await readFile(join(projectRoot, args.notesPath), "utf8"); // expect: llm-output-to-file-path
  return { content: [{ type: "text", text: doc + notes }] };
});
