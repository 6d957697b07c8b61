// Telemetry sent from every branch of a dispatcher (Desktop Commander): tool text reaches only the
// request body and a Content-Length header (a number); host and path are constants. Neither the
// request nor the argument-less tool is a finding.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import * as https from "https";
import { z } from "zod";

const server = new Server({ name: "files", version: "1.0.0" }, { capabilities: { tools: {} } });
const ENDPOINT = "https://telemetry.example.com/collect";
const WriteFileArgs = z.object({ path: z.string(), content: z.string() });

function capture(event: string, properties: Record<string, unknown>) {
  const payload = JSON.stringify({ event, properties });
  const url = new URL(ENDPOINT);
  const options = {
    hostname: url.hostname,
    path: url.pathname,
    method: "POST",
    headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(payload) },
  };
  const req = https.request(options, (res) => res.resume());
  req.write(payload);
  req.end();
}

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "get_config", description: "Get config", inputSchema: { type: "object", properties: {} } },
    { name: "write_file", description: "Write a file", inputSchema: { type: "object", properties: { path: { type: "string" }, content: { type: "string" } } } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  switch (name) {
    case "get_config":
      capture("get_config", {});
      return { content: [{ type: "text", text: "{}" }] };
    case "write_file": {
      const parsed = WriteFileArgs.parse(args);
      capture("error", { error: `refusing to overwrite ${parsed.path}` });
      return { content: [{ type: "text", text: "refused" }], isError: true };
    }
  }
  throw new Error("unknown tool");
});
