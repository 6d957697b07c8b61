import type ts from "typescript";
import { defineRule, type Fix } from "../server/engine/rule";
import { mcpConfigOf } from "../server/engine/mcp/config";
import type { McpConfigFormat } from "../server/engine/mcp/config-files";
import { launchedPackage, type Word } from "../server/engine/mcp/launch";

/** What a path grants when it is the whole disk or a user's whole home directory; undefined for anything narrower. */
function broadness(path: string): "the whole disk" | "the home directory" | undefined {
  const trimmed = path.trim();
  const value = trimmed.length > 1 ? trimmed.replace(/[\\/]+$/, "") : trimmed;
  if (value === "/" || value === "\\" || value === "" && trimmed !== "" || /^[A-Za-z]:$/.test(value) || /^\/mnt\/[a-z]$/.test(value)) return "the whole disk";
  if (/^(?:~|\$HOME|\$\{HOME\}|\$\{env:HOME\}|\$\{userHome\}|\$\{env:USERPROFILE\}|%USERPROFILE%|%HOMEPATH%)$/i.test(value)) return "the home directory";
  if (/^\/(?:Users|home)(?:\/[^/]+)?$/.test(value) || value === "/root" || /^[A-Za-z]:[\\/]Users(?:[\\/][^\\/]+)?$/i.test(value)) return "the home directory";
  return undefined;
}

/** Clients that expand `${workspaceFolder}` in arguments, so the grant can be narrowed to the project. */
const workspaceFolderFormats: ReadonlySet<McpConfigFormat> = new Set(["vscode", "cursor"]);

function workspaceFix(sourceFile: ts.SourceFile, word: Word, path: string): Fix | undefined {
  const raw = word.node.text;
  const at = raw.indexOf(path);
  if (at < 0 || raw !== word.text && !raw.includes(path)) return undefined;
  const replaced = raw.slice(0, at) + "${workspaceFolder}" + raw.slice(at + path.length);
  return {
    safety: "suggestion",
    description: "Grant the project's folder (${workspaceFolder}) instead",
    edits: [{ start: word.node.getStart(sourceFile), end: word.node.getEnd(), newText: JSON.stringify(replaced) }],
  };
}

export default defineRule({
  meta: {
    id: "mcp-broad-root",
    family: "mcp",
    defaultSeverity: "error",
    owasp: "LLM06:2025",
    cwe: [732, 829],
    securitySeverity: 7.5,
    description: "Filesystem MCP server (or a container) granted the whole disk or the home directory.",
    rationale:
      "A filesystem server reads and writes whatever lies under the directories it is given, at the model's request. Granted `/`, a drive root or the home directory, an agent steered by a prompt injection in a web page, an issue or a file can read SSH keys, cloud credentials and browser profiles, or plant a line in a shell profile. The project needs its own folder.",
    remediation: "Grant the project's folder (`${workspaceFolder}` in VS Code and Cursor) or the few directories the agent needs, and mount no more into a container.",
    example: {
      flagged: `{ "servers": { "fs": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", "~"] } } }`,
      fixed: `{ "servers": { "fs": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", "\${workspaceFolder}"] } } }`,
    },
    fix: "suggestion",
    messages: {
      broadRoot: "MCP server '{{server}}' ({{package}}) is granted {{what}} ('{{path}}'): an agent steered by injected text can read or change SSH keys, credentials and shell profiles there. Grant the project's folder.",
      broadMount: "MCP server '{{server}}' mounts {{what}} ('{{path}}') into its container: an agent steered by injected text can read or change SSH keys, credentials and shell profiles there. Mount the project's folder.",
    },
  },
  create(context) {
    return {
      "SourceFile:exit"(sourceFile) {
        const config = mcpConfigOf(sourceFile);
        for (const server of config?.servers ?? []) {
          const launched = launchedPackage(server);
          if (!launched) continue;
          const fixable = workspaceFolderFormats.has(config!.format);
          const report = (word: Word, messageId: "broadRoot" | "broadMount"): void => {
            const what = broadness(word.text);
            if (!what) return;
            const fix = fixable ? workspaceFix(sourceFile, word, word.text) : undefined;
            context.report({ node: word.node, messageId, data: { server: server.name, package: launched.name, what, path: word.text }, ...(fix ? { fix } : {}) });
          };
          if (context.catalogue.mcpServers.filesystemServers.includes(launched.name)) for (const word of launched.serverArgs) report(word, "broadRoot");
          for (const mount of launched.mounts) report(mount, "broadMount");
        }
      },
    };
  },
});
