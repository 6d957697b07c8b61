import { createParser } from "eventsource-parser";

/** Streams server-sent events of a URL to a callback (the shape of chatgpt-google-extension's helper). */
export async function fetchSSE(resource: string, options: RequestInit & { onMessage: (data: string) => void }) {
  const { onMessage, ...fetchOptions } = options;
  const response = await fetch(resource, fetchOptions);
  const parser = createParser((event: { type: string; data: string }) => {
    if (event.type === "event") onMessage(event.data);
  });
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    parser.feed(new TextDecoder().decode(value));
  }
}
