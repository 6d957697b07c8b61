// A library helper that runs an inline callback gives back what the callback returns (WebLLM's
// first demo held its pipeline as `tvm.withNewScope(() => new Pipeline(…))`; mutexes, retries and
// tracing spans are written the same way).
import OpenAI from "openai";
import { Mutex } from "async-mutex";
import * as tvmjs from "tvmjs";
import { startActiveSpan } from "tracing-helpers";

const client = new OpenAI();

class Pipeline {
  async generate(question: string): Promise<string> {
    const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
    return completion.choices[0]?.message.content ?? "";
  }
}

export class ChatView {
  private pipeline: Pipeline | undefined;
  private readonly mutex = new Mutex();

  start(): void {
    this.pipeline = tvmjs.withNewScope(() => new Pipeline());
  }

  async ask(target: HTMLElement, question: string): Promise<void> {
    target.innerHTML = await this.pipeline!.generate(question); // expect: llm-output-to-html
    target.innerHTML = await this.mutex.runExclusive(async () => new Pipeline().generate(question)); // expect: llm-output-to-html
    target.innerHTML = await startActiveSpan("chat", async () => new Pipeline().generate(question)); // expect: llm-output-to-html
  }

  // What the callback returns is the app's own text: nothing to report.
  async banner(target: HTMLElement): Promise<void> {
    target.innerHTML = await this.mutex.runExclusive(async () => "<b>Model loaded</b>");
    target.innerHTML = tvmjs.withNewScope(() => `<i>${new Date().toISOString()}</i>`);
  }
}
