// Code the model wrote, staged in a file and then loaded (mindcraft's coder before its fix): the
// text written is what runs. A deny-list of words checked first does not make it safe.
import OpenAI from "openai";
import { writeFile } from "node:fs";
import { writeFileSync } from "node:fs";
import { isCodeSafe } from "./lib/deny-list";

const client = new OpenAI();

async function writeCode(): Promise<string> {
  const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "write a function" }] });
  return completion.choices[0]?.message.content ?? "";
}

export class Coder {
  private counter = 0;
  private readonly dir = "/bots/action-code/";

  private writeFilePromise(file: string, text: string): Promise<void> {
    return new Promise((resolve, reject) => writeFile(file, text, (err) => (err ? reject(err) : resolve())));
  }

  async stage(): Promise<unknown> {
    const code = await writeCode();
    if (!isCodeSafe(code)) return undefined;
    const filename = `${this.counter++}.js`;
    await this.writeFilePromise("." + this.dir + filename, `export async function main() {\n${code}\n}`);
    return await import("../.." + this.dir + filename); // expect: llm-output-to-eval
  }

  async stageCommonJs(): Promise<unknown> {
    const code = await writeCode();
    const file = `/tmp/generated-${Date.now()}.cjs`;
    writeFileSync(file, code);
    return require(file); // expect: llm-output-to-eval
  }
}
