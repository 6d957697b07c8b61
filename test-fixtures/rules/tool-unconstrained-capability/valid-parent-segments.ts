// spec-workflow-mcp's approvals tool after its fix: the model's `filePath`, read as a field of the
// arguments, is refused when absolute and when it holds a `..` segment before it is joined onto the
// project root, so the read stays under the root.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { mkdir, readFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { z } from "zod";

const server = new McpServer({ name: "approvals", version: "1.0.0" });
const projectRoot = "/srv/project";

server.tool("request_approval", "Ask for approval of a document", { filePath: z.string() }, async (args) => {
  if (isAbsolute(args.filePath)) return { content: [{ type: "text", text: "absolute paths are refused" }] };
  if (args.filePath.includes("..")) return { content: [{ type: "text", text: "'..' is refused" }] };
  const text = await readFile(join(projectRoot, args.filePath), "utf8");
  return { content: [{ type: "text", text }] };
});

server.tool("read_note", "Read a note", { name: z.string() }, async ({ name }) => {
  if (name.startsWith("/") || /\.\./.test(name)) throw new Error("outside the notes");
  return { content: [{ type: "text", text: await readFile(join(projectRoot, "notes", name), "utf8") }] };
});

// spec-workflow-mcp's categoryName after its fix: '..', '/' and '\' refused, in a braced branch.
server.tool("request_category", "File an approval in a category", { categoryName: z.string() }, async (args) => { // expect: tool-missing-approval
  if (args.categoryName.includes("..") || args.categoryName.includes("/") || args.categoryName.includes("\\")) {
    return { content: [{ type: "text", text: "invalid category" }] };
  }
  await mkdir(join(projectRoot, "approvals", args.categoryName), { recursive: true });
  return { content: [{ type: "text", text: "ok" }] };
});
