// A class-based tool whose name is a static constant, used by its definition and its dispatcher.
import { promises as fs } from "node:fs";
import path from "node:path";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

export class WriteToFileTool {
  static readonly TOOL_NAME = "write-to-file";

  getDefinition() {
    return { // expect: tool-unconstrained-capability, tool-missing-approval
      name: WriteToFileTool.TOOL_NAME,
      description: "Writes content to a file",
      inputSchema: { type: "object", properties: { file_path: { type: "string" }, content: { type: "string" } }, required: ["file_path", "content"] },
    };
  }

  async execute(args: Record<string, unknown>): Promise<CallToolResult> {
    const filePath = String(args.file_path);
    const resolved = path.isAbsolute(filePath) ? filePath : path.resolve(process.cwd(), filePath);
    await fs.writeFile(resolved, String(args.content)); // expect: llm-output-to-file-path
    return { content: [{ type: "text", text: `wrote ${resolved}` }] };
  }
}
