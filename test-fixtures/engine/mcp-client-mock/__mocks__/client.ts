// A test double of an MCP client: listTools() answers with descriptors of a remote server's tools.
// No tool is defined or run here (langchainjs false positive of an intermediate build).
export const mockClient = {
  listTools: async () => ({
    tools: [
      { name: "tool1", description: "Test tool 1", inputSchema: { type: "object", properties: {} } },
      { name: "tool2", description: "Test tool 2", inputSchema: { type: "object", properties: { q: { type: "string" } } } },
    ],
  }),
};
