// A tool in one package of a monorepo writes through another package's re-export of fs-extra:
// the import is the workspace package's source, followed as the package manager would link it
// (aicode-toolkit's write-to-file tool).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { writeFile } from "@acme/fs-utils";
import { z } from "zod";

const server = new McpServer({ name: "scaffold", version: "1.0.0" });

server.registerTool("write_to_file", { description: "Write a file", inputSchema: { file_path: z.string(), content: z.string() } }, async ({ file_path, content }) => { // expect: tool-unconstrained-capability, tool-missing-approval
  await writeFile(file_path, content); // expect: llm-output-to-file-path
  return { content: [{ type: "text", text: "written" }] };
});
