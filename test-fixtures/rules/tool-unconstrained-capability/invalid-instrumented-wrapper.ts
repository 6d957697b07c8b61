// A registration helper that wraps every handler in a telemetry wrapper before handing it to the
// SDK (`const wrapped = instrumentTool(name, handler)`): the tools registered through it are still
// tools, with their own schemas (rn-dev-agent's `trackedTool` before its fix).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { createPermissionHandler } from "./lib/instrumented/permission";
import { instrumentTool } from "./lib/instrumented/telemetry";

const server = new McpServer({ name: "device", version: "1.0.0" });

function trackedTool(name: string, description: string, schema: z.ZodRawShape, handler: (...args: never[]) => Promise<unknown>): void {
  const wrapped = instrumentTool(name, handler as (...args: unknown[]) => Promise<unknown>);
  server.tool(name, description, schema, wrapped as typeof handler);
}

trackedTool("device_permission", "Grant or revoke a permission", { action: z.enum(["grant", "revoke"]), appId: z.string() }, createPermissionHandler()); // expect: tool-unconstrained-capability, tool-missing-approval
