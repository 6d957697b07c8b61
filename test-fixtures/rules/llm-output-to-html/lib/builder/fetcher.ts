// A project's fetch helper that builds the URL (lunary before PR #983): the path is read through
// `buildUrl`, so a chat path passed by a caller is still a chat endpoint.
const BASE_URL = process.env.NEXT_PUBLIC_API_URL ?? "";

export function buildUrl(path: string) {
  if (path.includes("/auth")) return `${BASE_URL}${path}`;
  return `${BASE_URL}/v1${path}`;
}

export async function getStream(url: string, body: unknown, onChunk: (chunk: string) => void) {
  const response = await fetch(buildUrl(url), { method: "POST", body: JSON.stringify(body) });
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const result = await reader?.read();
    if (!result || result.done) break;
    for (const item of decoder.decode(result.value).trim().split("\n")) onChunk(item);
  }
}

export async function getJson(url: string) {
  const response = await fetch(buildUrl(url));
  return response.json();
}
