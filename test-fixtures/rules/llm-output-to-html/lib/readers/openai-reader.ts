import { BaseReader } from "./base-reader";

export class OpenAIReader extends BaseReader {
  protected parseReply(chunk: string): { content: string } {
    const data = JSON.parse(chunk);
    return { content: data.choices[0].delta.content ?? "" };
  }
}
