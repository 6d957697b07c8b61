// A tool description handed to a pure mapping function in a provider's unit test: nothing runs it,
// and a same-named tool dispatched by another package's example is not this tool (vercel/ai).
declare function prepareTools(options: { tools: { type: string; name: string; description: string; parameters: unknown }[] }): { tools: unknown[] };

export const mapped = prepareTools({
  tools: [
    {
      type: "function",
      name: "run_command",
      description: "Run a command",
      parameters: { type: "object", properties: { command: { type: "string" } } },
    },
  ],
});
