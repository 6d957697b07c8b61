import fs from "node:fs/promises";
import path from "node:path";

export class PageContext {
  async saveFile(data: Uint8Array, filename: string): Promise<string> {
    const target = path.resolve(filename);
    await fs.writeFile(target, data); // expect: llm-output-to-file-path
    return target;
  }
}
