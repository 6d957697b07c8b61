import path from "node:path";

/**
 * The MCP client config formats llmsec reads, by the client that reads them: each decides the
 * key the servers sit under and which `${…}` references the client expands (so a literal key can
 * be replaced by one).
 */
export type McpConfigFormat = "vscode" | "cursor" | "claude-code" | "claude-desktop" | "gemini" | "windsurf" | "generic";

/**
 * The format of an MCP config file, by its path; undefined for any other file. Only names the
 * clients define are read: a `settings.json` is one only under `.gemini/`.
 */
export function mcpConfigFormatOf(file: string): McpConfigFormat | undefined {
  const base = path.basename(file);
  const parent = path.basename(path.dirname(file));
  switch (base) {
    case "mcp.json":
      if (parent === ".vscode") return "vscode";
      if (parent === ".cursor") return "cursor";
      return "generic";
    case ".mcp.json":
      return "claude-code";
    case "claude_desktop_config.json":
      return "claude-desktop";
    case "mcp_config.json":
      return "windsurf";
    case "cline_mcp_settings.json":
    case "mcp_settings.json":
      return "generic";
    case "settings.json":
      return parent === ".gemini" ? "gemini" : undefined;
    default:
      return undefined;
  }
}

export function isMcpConfigFile(file: string): boolean {
  return mcpConfigFormatOf(file) !== undefined;
}

/** How a client spells a reference to an environment variable in a value it expands; undefined when it expands none. */
export function environmentReference(format: McpConfigFormat, name: string): string | undefined {
  switch (format) {
    case "vscode":
    case "cursor":
      return `\${env:${name}}`;
    case "claude-code":
    case "gemini":
      return `\${${name}}`;
    default:
      return undefined;
  }
}
