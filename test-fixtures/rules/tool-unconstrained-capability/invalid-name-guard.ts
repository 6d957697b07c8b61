// gitlab-mcp before its fix: the dispatcher checks the tool's *name* against a read-only mode;
// that says nothing of the arguments, which still choose where the file is written.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import fs from "node:fs";
import path from "node:path";

const server = new Server({ name: "ci", version: "1.0.0" }, { capabilities: { tools: {} } });
const readOnlyTools = new Set(["list_jobs"]);

function isToolAllowed(name: string): boolean {
  return process.env.READ_ONLY ? readOnlyTools.has(name) : true;
}

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [{ name: "download_artifacts", description: "Save a job's artifacts", inputSchema: { type: "object", properties: { local_path: { type: "string" } } } }], // expect: tool-unconstrained-capability, tool-missing-approval
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  if (!isToolAllowed(request.params.name)) throw new Error("tool disabled");
  switch (request.params.name) {
    case "download_artifacts": {
      const args = request.params.arguments as { local_path: string };
      fs.writeFileSync(path.join(args.local_path, "artifacts.zip"), "data"); // expect: llm-output-to-file-path
      return { content: [] };
    }
  }
  throw new Error("unknown tool");
});
