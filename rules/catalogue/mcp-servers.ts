import type { McpServerKnowledge } from "../../server/engine/catalogue";

export const mcpServers: McpServerKnowledge = {
  filesystemServers: [
    "@modelcontextprotocol/server-filesystem",
    "mcp/filesystem",
    "mcp-server-filesystem",
    "@cyanheads/filesystem-mcp-server",
    "@shtse8/filesystem-mcp",
    "@agent-infra/mcp-server-filesystem",
    "rust-mcp-filesystem",
    "@rust-mcp-stack/rust-mcp-filesystem",
    "mcp-filesystem-server",
    "@bunas/fs-mcp",
    "fast-filesystem-mcp",
  ],
  remoteBridges: ["mcp-remote", "supergateway", "mcp-proxy", "@pyroprompts/mcp-stdio-to-streamable-http-adapter"],
};
