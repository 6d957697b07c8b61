// A server URL refused when it names a private or internal host (ckan-mcp-server's fix): the
// validator's `startsWith("fe80")`-style tests classify IPv6 addresses, they are no path prefix,
// so the validator is not mistaken for a bare prefix check.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import axios from "axios";
import { z } from "zod";

function validateServerUrl(serverUrl: string): void {
  const url = new URL(serverUrl);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("only http(s)");
  const host = url.hostname.toLowerCase();
  if (host === "localhost" || /^(127|10|192\.168|169\.254)\./.test(host)) throw new Error("private host");
  if (host.startsWith("[")) {
    const bare = host.slice(1, -1);
    if (bare === "::1" || bare.startsWith("fc") || bare.startsWith("fd") || bare.startsWith("fe80") || bare.startsWith("::ffff:")) throw new Error("private host");
  }
}

const server = new McpServer({ name: "catalog", version: "1.0.0" });

server.registerTool("package_search", { description: "Search a catalog", inputSchema: { server_url: z.string(), q: z.string() } }, async ({ server_url, q }) => {
  validateServerUrl(server_url);
  const response = await axios.get(`${server_url}/api/3/action/package_search`, { params: { q } });
  return { content: [{ type: "text", text: JSON.stringify(response.data) }] };
});
