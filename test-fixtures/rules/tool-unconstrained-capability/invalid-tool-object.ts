// A tool written as a plain object and dispatched by the project's own router (obsidian-mcp-plugin
// before ADR-109): the handler's second parameter, typed by the input's fields, is the model's.
interface FetchToolArgs {
  url: string;
  raw?: boolean;
}

export const fetchTool = { // expect: tool-unconstrained-capability
  name: "fetch",
  description: "Fetch a web page",
  inputSchema: {
    type: "object",
    properties: {
      url: { type: "string", description: "The URL to fetch" },
      raw: { type: "boolean" },
    },
    required: ["url"],
  },
  handler: async (_: unknown, args: FetchToolArgs) => {
    const response = await window.fetch(args.url); // expect: llm-output-to-url
    return { content: [{ type: "text", text: await response.text() }] };
  },
};

export const echoTool = {
  name: "echo",
  description: "Say it back",
  inputSchema: { type: "object", properties: { mode: { type: "string", enum: ["upper", "lower"] } } },
  async handler(args: { mode: "upper" | "lower" }) {
    const response = await fetch(`https://api.example.com/echo/${args.mode}`);
    return { content: [{ type: "text", text: await response.text() }] };
  },
};
