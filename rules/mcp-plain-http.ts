import ts from "typescript";
import { defineRule, type Fix } from "../server/engine/rule";
import { mcpConfigOf, type ConfigString } from "../server/engine/mcp/config";
import { launchedPackage } from "../server/engine/mcp/launch";

/** Hosts on this machine: traffic to them never crosses a network. */
function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  return bare === "localhost" || bare.endsWith(".localhost") || /^127\.\d+\.\d+\.\d+$/.test(bare) || bare === "::1" || bare === "0.0.0.0" || bare === "host.docker.internal";
}

/** The host of a plain-http URL that leaves this machine, or undefined. */
function remotePlainHttpHost(value: string): string | undefined {
  const match = /^http:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(value.trim());
  const host = match?.[1];
  if (host === undefined || host === "" || /\$\{|\$[A-Za-z_]/.test(host)) return undefined;
  return isLoopback(host) ? undefined : host;
}

function httpsFix(sourceFile: ts.SourceFile, node: ConfigString): Fix {
  const start = node.getStart(sourceFile) + 1; // inside the quote
  return { safety: "suggestion", description: "Connect over https://", edits: [{ start, end: start + "http".length, newText: "https" }] };
}

export default defineRule({
  meta: {
    id: "mcp-plain-http",
    family: "mcp",
    defaultSeverity: "error",
    owasp: "LLM03:2025",
    cwe: [319, 829],
    securitySeverity: 7.0,
    description: "Remote MCP server reached over plain `http://` on a host other than this machine.",
    rationale:
      "Everything between the agent and a remote MCP server crosses the network in the clear over `http://`: the tool list and descriptions the model trusts, the arguments it sends (file contents, queries) and the results, and the credentials in the request's headers. Anyone on the path (a shared Wi-Fi, a proxy) can read them or rewrite a tool's description or result, injecting instructions the agent follows.",
    remediation: "Use the server's `https://` address. A server on this machine (`localhost`, `127.0.0.1`) is not affected.",
    example: {
      flagged: `{ "mcpServers": { "docs": { "url": "http://mcp.example.com/sse" } } }`,
      fixed: `{ "mcpServers": { "docs": { "url": "https://mcp.example.com/sse" } } }`,
    },
    fix: "suggestion",
    messages: {
      plainHttp: "MCP server '{{server}}' is reached over plain http:// at {{host}}: tool descriptions, arguments, results and headers cross the network unencrypted and can be read or rewritten. Use https://.",
    },
  },
  create(context) {
    return {
      "SourceFile:exit"(sourceFile) {
        for (const server of mcpConfigOf(sourceFile)?.servers ?? []) {
          const addresses: ConfigString[] = server.url ? [server.url] : [];
          const launched = launchedPackage(server);
          if (launched && context.catalogue.mcpServers.remoteBridges.includes(launched.name)) {
            for (const word of launched.serverArgs) if (word.node.text === word.text) addresses.push(word.node);
          }
          for (const address of addresses) {
            const host = remotePlainHttpHost(address.text);
            if (host === undefined) continue;
            context.report({ node: address, messageId: "plainHttp", data: { server: server.name, host }, fix: httpsFix(sourceFile, address) });
          }
        }
      },
    };
  },
});
