// The same base-registered tool with only closed parameters: the file is chosen from a fixed list.
import { z } from "zod";
import * as fs from "node:fs/promises";
import { ToolBase, type ToolResult } from "./lib/tool-template/tool-base";

const TARGETS = { daily: "/srv/notes/daily.md", weekly: "/srv/notes/weekly.md" } as const;

export class ExportNotesTool extends ToolBase { // expect: tool-missing-approval
  static toolName = "export-notes";
  public description = "Export the notes to a file";
  public argsShape = { target: z.enum(["daily", "weekly"]) };

  protected async execute(args: { target: "daily" | "weekly" }): Promise<ToolResult> {
    await fs.writeFile(TARGETS[args.target], "notes");
    return { content: [{ type: "text", text: "exported" }] };
  }
}
