// A tool registered by its base class: the base registers `this` and calls the abstract `execute`,
// so this subclass is the tool `export-notes`, and its model-chosen `target` reaches a file write.
import { z } from "zod";
import * as fs from "node:fs/promises";
import { ToolBase, type ToolResult } from "./lib/tool-template/tool-base";

export class ExportNotesTool extends ToolBase { // expect: tool-unconstrained-capability, tool-missing-approval
  static toolName = "export-notes";
  static operationType = "create";
  public description = "Export the notes to a file";
  public argsShape = { target: z.string(), format: z.enum(["md", "txt"]) };

  protected async execute(args: { target: string; format: "md" | "txt" }): Promise<ToolResult> {
    await fs.writeFile(args.target, `notes as ${args.format}`); // expect: llm-output-to-file-path
    return { content: [{ type: "text", text: "exported" }] };
  }
}
