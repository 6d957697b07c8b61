// A model-chosen id put raw into the path of a request to the app's own API (gitlab-mcp
// GHSA-7c3w-fxgh-frc7, Cloudflare Radar PR #278, obsidian-mcp-server 3.1.11): `../../user` climbs
// out of `/jobs/` and the request reaches another endpoint with the server's token.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import nodeFetch from "node-fetch";
import { wrapWithAuthRetry } from "./lib/api-path/auth-retry";

const server = new McpServer({ name: "gitlab", version: "1.0.0" });
const RADAR_API_BASE = "https://api.cloudflare.com/client/v4/radar";
// A project wrapper of node-fetch is node-fetch.
let fetch: typeof nodeFetch = wrapWithAuthRetry(nodeFetch);

function apiUrl(): string {
  return process.env.GITLAB_API_URL ?? "https://gitlab.com/api/v4";
}

async function getJob(projectId: string, jobId: string) {
  const url = new URL(`${apiUrl()}/projects/${encodeURIComponent(projectId)}/jobs/${jobId}`);
  return (await fetch(url.toString(), { headers: { "PRIVATE-TOKEN": process.env.GITLAB_TOKEN ?? "" } })).json();
}

server.tool("get_job", "Get a CI job", { project_id: z.string(), job_id: z.coerce.string() }, async ({ project_id, job_id }) => { // expect: tool-unconstrained-capability
  return { content: [{ type: "text", text: JSON.stringify(await getJob(project_id, job_id)) }] };
});

async function fetchRadarApi(token: string, endpoint: string) {
  const res = await globalThis.fetch(`${RADAR_API_BASE}${endpoint}`, { headers: { Authorization: `Bearer ${token}` } });
  return res.json();
}

server.tool("get_bot_details", "Get a bot by slug", { botSlug: z.string() }, async ({ botSlug }) => { // expect: tool-unconstrained-capability
  return { content: [{ type: "text", text: JSON.stringify(await fetchRadarApi("t", `/bots/${botSlug}`)) }] };
});

/** Each segment encoded, then joined with `/` again: `..` segments survive. */
function encodeVaultPath(path: string): string {
  return path.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}

class VaultClient {
  readonly #fetch: typeof nodeFetch;
  constructor(private readonly baseUrl: string, fetchImpl?: typeof nodeFetch) {
    this.#fetch = fetchImpl ?? nodeFetch;
  }
  async read(path: string) {
    return this.#request(`/vault/${encodeVaultPath(path)}`);
  }
  async #request(pathAndQuery: string) {
    const headers: Record<string, string> = { Accept: "text/markdown" };
    headers.Authorization = `Bearer ${process.env.OBSIDIAN_API_KEY}`;
    // Sent from a closure that a retry helper may call again.
    const exec = async () => this.#fetch(`${this.baseUrl}${pathAndQuery}`, { headers });
    return exec();
  }
}

const vault = new VaultClient("https://127.0.0.1:27124");

server.tool("read_note", "Read a note", { path: z.string() }, async ({ path }) => { // expect: tool-unconstrained-capability
  return { content: [{ type: "text", text: await (await vault.read(path)).text() }] };
});

// Credentials set up in helpers the request's options are built from.
const BASE_HEADERS = { Accept: "application/json" };
function buildAuthHeaders(): Record<string, string> {
  const token = process.env.GITLAB_TOKEN;
  return token ? { "Private-Token": token } : {};
}
const getFetchConfig = () => ({ headers: { ...BASE_HEADERS, ...buildAuthHeaders() } });

server.tool("get_pipeline", "Get a pipeline", { pipeline_id: z.string() }, async ({ pipeline_id }) => { // expect: tool-unconstrained-capability
  const res = await fetch(`${apiUrl()}/projects/1/pipelines/${pipeline_id}`, { ...getFetchConfig() });
  return { content: [{ type: "text", text: await res.text() }] };
});
