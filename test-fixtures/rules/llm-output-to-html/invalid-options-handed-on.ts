// A callback inside an options object that helpers hand on whole (`streamFrom(model, options)`) or
// spread into new options (`{ ...options, signal }`) before the one that calls it (airi's chat store).
import OpenAI from "openai";

interface StreamOptions { onStreamEvent?: (event: { type: string; text: string }) => void; signal?: AbortSignal }

async function streamFrom(model: string, options?: StreamOptions) {
  const client = new OpenAI();
  const stream = await client.chat.completions.create({ model, messages: [], stream: true }, { signal: options?.signal });
  for await (const chunk of stream) options?.onStreamEvent?.({ type: "text-delta", text: chunk.choices[0]?.delta.content ?? "" });
}

function stream(model: string, options?: StreamOptions) {
  return streamFrom(model, { ...options, signal: AbortSignal.timeout(60_000) });
}

function ask(model: string, options?: StreamOptions) {
  return stream(model, options);
}

export async function send(element: HTMLElement) {
  await ask("gpt-4o", {
    onStreamEvent(event) {
      element.innerHTML += event.text; // expect: llm-output-to-html
    },
  });
}
