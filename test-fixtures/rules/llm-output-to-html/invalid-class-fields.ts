// Methods written as arrow-function class fields (mynah-ui's card body and DOM builder): calls
// through `this.build(…)` reach their parameters like a method's.
import OpenAI from "openai";

class DomBuilder {
  build = (options: { innerHTML: string }, target: HTMLElement) => {
    target.innerHTML = options.innerHTML; // expect: llm-output-to-html
  };
}

export class CardBody {
  private readonly client = new OpenAI();
  private readonly dom = new DomBuilder();

  private renderBody = (body: string, target: HTMLElement) => {
    this.dom.build({ innerHTML: body }, target);
  };

  async show(target: HTMLElement) {
    const completion = await this.client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }] });
    this.renderBody(completion.choices[0]?.message.content ?? "", target);
  }
}

/** A singleton whose instance is made the first time it is asked for (mynah-ui's DomBuilder). */
class Renderer {
  private static instance: Renderer | undefined;

  static getInstance(): Renderer {
    if (!Renderer.instance) Renderer.instance = new Renderer();
    return Renderer.instance;
  }

  render(html: string, target: HTMLElement) {
    target.innerHTML = html; // expect: llm-output-to-html
  }
}

export async function showWithSingleton(target: HTMLElement) {
  const completion = await new OpenAI().chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }] });
  Renderer.getInstance().render(completion.choices[0]?.message.content ?? "", target);
}

// Text streamed into a field with `+=` (obsidian-llm-plugin's chat view before its fix).
export class StreamingView {
  private previewText = "";
  private readonly client = new OpenAI();

  async stream(question: string, streamingDiv: HTMLElement) {
    const stream = await this.client.chat.completions.create({ model: "gpt-4o-mini", stream: true, messages: [{ role: "user", content: question }] });
    for await (const chunk of stream) {
      this.previewText += chunk.choices[0]?.delta?.content || "";
      streamingDiv.innerHTML = this.previewText; // expect: llm-output-to-html
    }
  }
}

// A method the class inherits (silverbullet-ai's providers extend an abstract provider).
abstract class AbstractProvider {
  protected readonly client = new OpenAI();

  protected async complete(question: string): Promise<string> {
    const completion = await this.client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
    return completion.choices[0]?.message.content ?? "";
  }
}

export class PanelProvider extends AbstractProvider {
  async render(question: string, el: HTMLElement) {
    el.innerHTML = await this.complete(question); // expect: llm-output-to-html
  }
}

export async function viaInstance(el: HTMLElement) {
  const provider = new PanelProvider();
  el.insertAdjacentHTML("beforeend", await provider["complete"]("hi")); // expect: llm-output-to-html
}

// Chunks pushed into a field of a local object (silverbullet-ai's stream buffers).
export async function buffered(el: HTMLElement) {
  const buffer = { chunks: [] as string[], done: false };
  const stream = await new OpenAI().chat.completions.create({ model: "gpt-4o-mini", stream: true, messages: [{ role: "user", content: "hi" }] });
  for await (const chunk of stream) buffer.chunks.push(chunk.choices[0]?.delta?.content ?? "");
  el.innerHTML = buffer.chunks.join(""); // expect: llm-output-to-html
}

// Messages pushed into a field of the class (a chat handler's history), read back elsewhere.
export class History {
  private readonly replies: { role: string; content: string }[] = [];
  private readonly notes: string[] = [];

  async ask(question: string) {
    const completion = await new OpenAI().chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }] });
    this.replies.push({ role: "assistant", content: completion.choices[0]?.message.content ?? "" });
    this.notes.push("<em>answered</em>");
  }

  render(el: HTMLElement) {
    for (const reply of this.replies) el.innerHTML += reply.content; // expect: llm-output-to-html
    el.innerHTML = this.notes.join("<br>");
  }
}

// A field its class leaves to the caller: the stream generator is set from outside (SillyTavern's
// streaming processor), then read by the class.
class StreamingProcessor {
  generator: () => AsyncGenerator<string> = async function* () {};

  async run(el: HTMLElement) {
    for await (const text of this.generator()) el.innerHTML = text; // expect: llm-output-to-html
  }
}

async function* streamReply(): AsyncGenerator<string> {
  const stream = await new OpenAI().chat.completions.create({ model: "gpt-4o-mini", stream: true, messages: [{ role: "user", content: "hi" }] });
  for await (const chunk of stream) yield chunk.choices[0]?.delta?.content ?? "";
}

export async function startStreaming(el: HTMLElement) {
  const processor = new StreamingProcessor();
  processor.generator = streamReply;
  await processor.run(el);
}
