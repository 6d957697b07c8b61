// Registration as vscode-ansible's MCP server wrote it before CVE-2026-44192: the SDK method held
// under another name through `.bind`, a project wrapper that forwards its parameters to it, and a
// handler made by a factory in another module.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { createConfinedExecutionEnvHandler, createDefineExecutionEnvHandler } from "./lib/execution-env";

const server = new McpServer({ name: "ansible", version: "1.0.0" });
const registeredTools = new Set<string>();
const originalRegisterTool = server.registerTool.bind(server);

const registerToolWithDeps = (name: string, config: any, handler: any, dependencies: string[] = []) => {
  registeredTools.add(name);
  void dependencies;
  return originalRegisterTool(name, config, handler);
};

registerToolWithDeps( // expect: tool-unconstrained-capability, tool-missing-approval
  "define_and_build_execution_env",
  { description: "Write an execution environment file", inputSchema: { destinationPath: z.string().optional(), tag: z.string() } },
  createDefineExecutionEnvHandler(process.cwd()),
  [],
);

// The fix: the destination is confined to the workspace first.
registerToolWithDeps( // expect: tool-missing-approval
  "define_execution_env_confined",
  { description: "Write an execution environment file", inputSchema: { destinationPath: z.string().optional(), tag: z.string() } },
  createConfinedExecutionEnvHandler(process.cwd()),
);
