// Cloudflare's DEX tools before PR #280: a registration helper that destructures its options
// (`registerTool({ name, schema, callback })`), and a model-chosen URL handed to a Durable Object,
// which fetches it with the user's token. The stub's methods run the class's.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z, type ZodRawShape } from "zod";
import { getReader } from "./lib/durable/reader";
import type { Env } from "./lib/durable/env";

declare const env: Env;
const server = new McpServer({ name: "dex", version: "1.0.0" });

const registerTool = <T extends ZodRawShape>({ name, description, schema, callback }: { name: string; description: string; schema: T; callback: (p: { accessToken: string } & Record<string, string>) => Promise<unknown> }) => {
  server.tool(name, description, schema, (async (params: Record<string, string>) => {
    const result = await callback({ ...params, accessToken: "token" });
    return { content: [{ type: "text", text: JSON.stringify(result) }] };
  }) as never);
};

registerTool({ // expect: tool-unconstrained-capability
  name: "list_archive",
  description: "List the files of a capture archive",
  schema: { download: z.string() },
  callback: async ({ accessToken, download }) => {
    const reader = await getReader(env, download);
    return reader.list(accessToken, download);
  },
});
