// Streams read by hand (an agent's provider yields chunks; its task pulls them with next(),
// through Symbol.asyncIterator, or relays them with yield*), and a class field filled by pushes,
// read through a parameter typed by the class.
import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

class Provider {
  async *createMessage(question: string) {
    const stream = await client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, stream: true, messages: [{ role: "user", content: question }] });
    for await (const chunk of stream) {
      if (chunk.type === "content_block_delta" && chunk.delta.type === "text_delta") yield { type: "text" as const, text: chunk.delta.text };
    }
  }
}

async function* relay(provider: Provider, question: string) {
  yield* provider.createMessage(question);
}

export class Task {
  blocks: { text: string }[] = [];

  async run(target: HTMLElement, question: string) {
    const provider = new Provider();
    const first = await provider.createMessage(question).next();
    target.innerHTML = first.value?.text ?? ""; // expect: llm-output-to-html
    const iterator = provider.createMessage(question)[Symbol.asyncIterator]();
    const item = await iterator.next();
    target.innerHTML = item.value?.text ?? ""; // expect: llm-output-to-html
    for await (const chunk of relay(provider, question)) this.blocks.push({ text: chunk.text });
    const done = await provider.createMessage(question).next();
    target.innerHTML = String(done.done);
  }
}

export function present(task: Task, target: HTMLElement) {
  target.innerHTML = task.blocks[0]?.text ?? ""; // expect: llm-output-to-html
}
