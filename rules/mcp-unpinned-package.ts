import { defineRule } from "../server/engine/rule";
import { mcpConfigOf } from "../server/engine/mcp/config";
import { launchedPackage, type PackageRegistry } from "../server/engine/mcp/launch";

const pinnedExample: Readonly<Record<PackageRegistry, (name: string) => string>> = {
  npm: (name) => `${name}@1.2.3`,
  PyPI: (name) => `${name}==1.2.3`,
  Docker: (name) => `${name}:1.2.3 or ${name}@sha256:…`,
};

export default defineRule({
  meta: {
    id: "mcp-unpinned-package",
    family: "mcp",
    defaultSeverity: "warn",
    owasp: "LLM03:2025",
    cwe: [829, 1357],
    securitySeverity: 6.5,
    description: "MCP server started from a registry package or image with no pinned version (`npx -y pkg`, `pkg@latest`, `uvx name`, an image with no tag or `:latest`).",
    rationale:
      "An MCP config tells every editor and agent that opens the project which programs to start. A package named without an exact version is fetched again and run as published at that moment: whoever can publish it (its maintainer, a hijacked account, a typo-squatter after a rename) runs code on every developer's machine with the agent's rights, its files, tokens and shell. A pinned version changes only when the project decides to update it.",
    remediation:
      "Name an exact version: `pkg@1.2.3` for npm launchers (`npx`, `bunx`, `pnpm dlx`), `name==1.2.3` for `uvx` and `pipx run` (`--spec name==1.2.3`), a fixed tag or a digest for Docker images. Update the pin deliberately, after reading what changed.",
    example: {
      flagged: `{ "servers": { "github": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"] } } }`,
      fixed: `{ "servers": { "github": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"] } } }`,
    },
    fix: "none",
    messages: {
      unpinned:
        "MCP server '{{server}}' runs {{spec}} from {{registry}} ({{launcher}}) with no pinned version: the next publish of that package runs with the agent's rights. Pin an exact version ({{example}}).",
    },
  },
  create(context) {
    return {
      "SourceFile:exit"(sourceFile) {
        for (const server of mcpConfigOf(sourceFile)?.servers ?? []) {
          const launched = launchedPackage(server);
          if (!launched || launched.pinned) continue;
          context.report({
            node: launched.node,
            messageId: "unpinned",
            data: { server: server.name, spec: `'${launched.spec}'`, registry: launched.registry, launcher: launched.launcher, example: pinnedExample[launched.registry](launched.name) },
          });
        }
      },
    };
  },
});
