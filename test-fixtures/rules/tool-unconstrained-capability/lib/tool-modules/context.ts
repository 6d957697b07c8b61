import fs from "node:fs/promises";
import path from "node:path";
import type { ToolContext } from "./define";

export class PageContext implements ToolContext {
  async saveFile(data: Uint8Array, filename: string): Promise<string> {
    const target = path.resolve(filename);
    await fs.writeFile(target, data); // expect: llm-output-to-file-path
    return target;
  }
}
