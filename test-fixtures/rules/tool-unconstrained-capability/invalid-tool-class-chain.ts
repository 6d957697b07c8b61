// A tool class two levels below LangChain's `StructuredTool`, through the project's own abstract
// base in another module: the model-chosen `file` reaches a file write.
import { z } from "zod";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { WorkspaceTool } from "./lib/tool-bases/base";

export class WriteNoteTool extends WorkspaceTool { // expect: tool-unconstrained-capability, tool-missing-approval
  name = "write_note";
  description = "Write a note into the workspace";
  schema = z.object({ file: z.string(), text: z.string() });

  async _call(input: { file: string; text: string }): Promise<string> {
    await fs.writeFile(path.join(this.root, input.file), input.text); // expect: llm-output-to-file-path
    return "saved";
  }
}
