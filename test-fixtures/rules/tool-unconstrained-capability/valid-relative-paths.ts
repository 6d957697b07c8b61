// Requests to a client whose base URL the code fixes: a path that starts the same in both branches of a
// condition, or has text appended after a start the code wrote, cannot leave that host.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import axios from "axios";
import { z } from "zod";

const client = axios.create({ baseURL: "https://canvas.example.edu/api/v1" });
const server = new McpServer({ name: "lms", version: "1.0.0" });

server.registerTool("get_commits", { description: "List commits", inputSchema: { repo: z.string(), branch: z.string().optional() } }, async ({ repo, branch }) => {
  let url = `/repositories/team/${encodeURIComponent(repo)}/commits`;
  if (branch) url += `/${encodeURIComponent(branch)}`;
  return { content: [{ type: "text", text: JSON.stringify((await client.get(url)).data) }] };
});

server.registerTool("create_grading_standard", { description: "Create a grading standard", inputSchema: { scope: z.enum(["course", "account"]), id: z.string(), title: z.string() } }, async ({ scope, id, title }) => {
  const endpoint = scope === "course" ? `/courses/${encodeURIComponent(id)}/grading_standards` : `/accounts/${encodeURIComponent(id)}/grading_standards`;
  await client.post(endpoint, { title });
  return { content: [{ type: "text", text: "created" }] };
});
