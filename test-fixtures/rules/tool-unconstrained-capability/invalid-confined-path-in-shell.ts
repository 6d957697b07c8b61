// Xcode MCP before PR #10: the project path is checked to lie in allowed directories, which confines
// where it points, then put inside a shell string, which it can still break out of.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { exec } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const allowedRoots = ["/Users/dev/Projects"];

function isPathAllowed(target: string): boolean {
  return allowedRoots.some((root) => !path.relative(root, target).startsWith(".."));
}

const server = new McpServer({ name: "xcode", version: "1.0.0" });

server.tool("open_project", "Open a project in Xcode", { projectPath: z.string() }, async ({ projectPath }) => { // expect: tool-unconstrained-capability, tool-missing-approval
  const normalized = path.normalize(projectPath);
  if (!isPathAllowed(normalized)) throw new Error("Path is outside of permitted boundaries");
  const info = await readFile(path.join(normalized, "project.pbxproj"), "utf8");
  exec(`osascript -e 'tell application "Xcode" to open "${normalized}"'`); // expect: llm-output-to-shell
  return { content: [{ type: "text", text: info.slice(0, 100) }] };
});
