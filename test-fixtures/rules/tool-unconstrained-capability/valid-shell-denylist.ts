// The fix of codeatlas-mcp-server #3: arguments refused when they hold a character that ends or
// nests a shell command, an optional argument checked only when given, and an anchored name with
// dots inside its character class.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { execSync } from "node:child_process";
import { z } from "zod";

const server = new McpServer({ name: "scripts", version: "1.0.0" });

server.tool("run_script", "Run an npm script of the project", { script: z.string(), args: z.string().optional() }, async ({ script, args }) => { // expect: tool-missing-approval
  if (!/^[\w:.-]+$/.test(script)) throw new Error("invalid script name");
  if (args && /[;&|$`\n\r()<>]/.test(args)) throw new Error("shell metacharacters are not allowed");
  const output = execSync(`cd /srv/project && npm run ${script}${args ? " " + args : ""}`, { shell: "/bin/bash" });
  return { content: [{ type: "text", text: output.toString() }] };
});
