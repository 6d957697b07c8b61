// A fetch tool that checks only the scheme of the model's URL (gemini-cli's web_fetch before its
// fix): `["http:", "https:"].includes(url.protocol)` admits every host, internal ones too. Deno's
// file API is a file sink like node's.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "web", version: "1.0.0" });
const ALLOWED_PROTOCOLS = ["http:", "https:"];

server.tool("web_fetch", "Fetch a page", { url: z.string() }, async ({ url }) => { // expect: tool-unconstrained-capability
  const parsed = new URL(url);
  if (!ALLOWED_PROTOCOLS.includes(parsed.protocol)) throw new Error("unsupported scheme");
  const res = await fetch(url); // expect: llm-output-to-url
  return { content: [{ type: "text", text: await res.text() }] };
});

server.tool("read_note", "Read a note", { path: z.string() }, async ({ path }) => { // expect: tool-unconstrained-capability
  const text = await Deno.readTextFile(path); // expect: llm-output-to-file-path
  return { content: [{ type: "text", text }] };
});

