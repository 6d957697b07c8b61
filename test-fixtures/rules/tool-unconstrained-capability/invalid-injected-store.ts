// Flowise WriteFile tool (fixed in PR #5275): LangChain's NodeFileStore, handed to the tool through
// its constructor, joins the model's path onto its base directory without confining it.
import { z } from "zod";
import { StructuredTool } from "@langchain/core/tools";
import { NodeFileStore } from "langchain/stores/file/node";

interface FileStore {
  writeFile(path: string, contents: string): Promise<void>;
}

export class WriteFileTool extends StructuredTool { // expect: tool-unconstrained-capability, tool-missing-approval
  name = "write_file";
  description = "Write a file to disk";
  schema = z.object({ file_path: z.string(), text: z.string() });
  store: FileStore;

  constructor({ store }: { store: FileStore }) {
    super();
    this.store = store;
  }

  async _call({ file_path, text }: { file_path: string; text: string }) {
    await this.store.writeFile(file_path, text); // expect: llm-output-to-file-path
    return "File written.";
  }
}

export function createWriteFileTool(basePath?: string): WriteFileTool {
  const store = basePath ? new NodeFileStore(basePath) : new NodeFileStore();
  return new WriteFileTool({ store });
}
