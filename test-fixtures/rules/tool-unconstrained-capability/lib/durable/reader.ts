import { DurableObject } from "cloudflare:workers";
import type { Env } from "./env";

/** Holds a downloaded archive between the agent's requests. */
export class ArchiveReader extends DurableObject<Env> {
  async list(accessToken: string, url: string): Promise<string[]> {
    const res = await fetch(url, { headers: { Authorization: `Bearer ${accessToken}` } }); // expect: llm-output-to-url
    return (await res.text()).split("\n");
  }
}

export async function getReader(env: Env, name: string) {
  const id = env.ARCHIVE_READER.idFromName(name);
  return env.ARCHIVE_READER.get(id);
}
