import { fetchUrl, fetchUrlTool, ping } from "./fetch-url";

export const tools = [fetchUrlTool, { name: "ping", description: "Ping", inputSchema: { type: "object", properties: {} } }];

export const toolHandlers: Record<string, (args: any) => Promise<unknown>> = {
  [fetchUrlTool.name]: fetchUrl,
  ping,
};
