// The fixes of the API-path cases: each id encoded as one segment (gitlab-mcp PR #592), slugs held
// to an anchored pattern (Cloudflare Radar), dot segments refused before encoding
// (obsidian-mcp-server 3.1.11), the parsed path checked against the API's prefix, and model text
// that only ever lands in the query string.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "api", version: "1.0.0" });
const API_BASE = "https://api.example.com/v4";

function encodePathSegment(value: unknown): string {
  return encodeURIComponent(String(value));
}

server.tool("get_job", "Get a CI job", { job_id: z.coerce.string() }, async ({ job_id }) => {
  const res = await fetch(`${API_BASE}/jobs/${encodePathSegment(job_id)}/trace`, { headers: { Authorization: "Bearer t" } });
  return { content: [{ type: "text", text: await res.text() }] };
});

const SlugParam = z.string().min(1).regex(/^[a-zA-Z0-9]+$/, { message: "letters and digits only" });

server.tool("get_bot_details", "Get a bot by slug", { botSlug: SlugParam.describe("the slug") }, async ({ botSlug }) => {
  const res = await fetch(`${API_BASE}/bots/${botSlug}`, { headers: { Authorization: "Bearer t" } });
  return { content: [{ type: "text", text: await res.text() }] };
});

function encodeVaultPath(path: string): string {
  const segments = path.split(/[/\\]/).filter((segment) => segment.length > 0);
  for (const segment of segments) {
    if (segment === "." || segment === "..") throw new Error(`Path traversal not allowed: '${path}'`);
  }
  return segments.map((segment) => encodeURIComponent(segment)).join("/");
}

server.tool("read_note", "Read a note", { path: z.string() }, async ({ path }) => {
  const res = await fetch(`${API_BASE}/vault/${encodeVaultPath(path)}`, { headers: { Authorization: "Bearer key" } });
  return { content: [{ type: "text", text: await res.text() }] };
});

async function fetchScoped(endpoint: string) {
  const url = new URL(`${API_BASE}${endpoint}`);
  if (!url.pathname.startsWith("/v4/radar/")) throw new Error("outside the Radar API");
  return (await fetch(url.toString(), { headers: { Authorization: "Bearer t" } })).json();
}

server.tool("get_origin", "Get an origin", { slug: z.string() }, async ({ slug }) => {
  return { content: [{ type: "text", text: JSON.stringify(await fetchScoped(`/radar/origins/${slug}`)) }] };
});

server.tool("search_issues", "Search issues", { query: z.string() }, async ({ query }) => {
  const res = await fetch(`${API_BASE}/issues?search=${query}&per_page=20`, { headers: { Authorization: "Bearer t" } });
  return { content: [{ type: "text", text: await res.text() }] };
});

const Target = z.discriminatedUnion("type", [
  z.object({ type: z.literal("active") }),
  z.object({ type: z.literal("periodic"), period: z.enum(["daily", "weekly"]), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }),
]);

server.tool("get_periodic", "Get a periodic note", { target: Target }, async ({ target }) => {
  if (target.type !== "periodic") return { content: [{ type: "text", text: "" }] };
  const m = target.date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(target.date) : null;
  const suffix = m ? `${m[1]}/${m[2]}/${m[3]}/` : "";
  const res = await fetch(`${API_BASE}/periodic/${target.period}/${suffix}`, { headers: { Authorization: "Bearer key" } });
  return { content: [{ type: "text", text: await res.text() }] };
});

// A public API called without credentials: a `..` reaches nothing the model could not ask for itself.
server.tool("get_pokemon", "Look up a Pokémon", { name: z.string() }, async ({ name }) => {
  const res = await fetch(`https://pokeapi.co/api/v2/pokemon/${name}`);
  return { content: [{ type: "text", text: await res.text() }] };
});

// A group id checked to be digits before it is put in the path (gitlab-mcp's `resolveGroupFullPath`).
async function resolveGroup(groupId: string): Promise<string> {
  const decoded = decodeURIComponent(groupId);
  if (/^\d+$/.test(decoded)) {
    const response = await fetch(`${API_BASE}/groups/${decoded}`, { headers: { "Private-Token": "t" } });
    return (await response.json()).full_path;
  }
  return decoded;
}

server.tool("get_group", "Get a group", { group_id: z.string() }, async ({ group_id }) => {
  return { content: [{ type: "text", text: await resolveGroup(group_id) }] };
});
