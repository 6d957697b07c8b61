// An audit tool that hands the model's URL to Lighthouse, which loads it in Chrome: internal
// addresses and the cloud metadata service are reachable. The score tool checks the host first.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import lighthouse from "lighthouse";
import { z } from "zod";

const server = new McpServer({ name: "audits", version: "1.0.0" });
const ALLOWED_HOSTS = ["example.com", "www.example.com"];

server.tool("run_audit", "Run a Lighthouse audit", { url: z.string() }, async ({ url }) => { // expect: tool-unconstrained-capability
  const result = await lighthouse(url, { port: 9222, output: "json" }); // expect: llm-output-to-url
  return { content: [{ type: "text", text: JSON.stringify(result?.lhr.categories) }] };
});

server.tool("performance_score", "Lighthouse performance score", { url: z.string() }, async ({ url }) => {
  if (!ALLOWED_HOSTS.includes(new URL(url).hostname)) throw new Error("host not allowed");
  const result = await lighthouse(url, { port: 9222, onlyCategories: ["performance"] });
  return { content: [{ type: "text", text: String(result?.lhr.categories.performance.score) }] };
});
