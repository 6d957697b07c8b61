// Tool objects with a zod raw shape, registered in a loop over a module's exports
// (`Object.values(tools).forEach((tool) => server.tool(tool.name, …, tool.handler))`, as
// ui5-webcomponents-mcp-server did before PR #8): each object is a tool by its shape.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const DOCS_DIR = path.join(process.cwd(), "docs");
const docRequest = z.object({ path: z.string(), lines: z.string().optional() });

export const getDocTool = { // expect: tool-unconstrained-capability
  name: "get_doc",
  description: "Read documentation files",
  inputSchema: { docs: z.array(docRequest) },
  handler: async ({ docs }: { docs: { path: string }[] }) => {
    const results: string[] = [];
    for (const doc of docs) results.push(fs.readFileSync(path.join(DOCS_DIR, doc.path), "utf8")); // expect: llm-output-to-file-path
    return { content: [{ type: "text", text: results.join("\n") }] };
  },
};

export const getGuidelinesTool = {
  name: "get_guidelines",
  description: "Framework guidelines",
  inputSchema: { framework: z.enum(["react", "angular", "native"]) },
  handler: async ({ framework }: { framework: "react" | "angular" | "native" }) => ({
    content: [{ type: "text", text: fs.readFileSync(path.join(DOCS_DIR, `${framework}.md`), "utf8") }],
  }),
};
