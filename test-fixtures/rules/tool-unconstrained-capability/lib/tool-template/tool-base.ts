// The project's base for its MCP tools: it registers `this` under the subclass's name and schema,
// and its `invoke` hands the model's arguments to the subclass's `execute` (mongodb-mcp-server's shape).
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { ZodRawShape } from "zod";

export interface ToolResult {
  content: { type: "text"; text: string }[];
}

export abstract class ToolBase {
  public readonly name: string;
  public abstract description: string;
  public abstract argsShape: ZodRawShape;

  constructor(name: string) {
    this.name = name;
  }

  protected abstract execute(args: Record<string, unknown>): Promise<ToolResult>;

  public async invoke(args: Record<string, unknown>): Promise<ToolResult> {
    const started = Date.now();
    try {
      return await this.execute(args);
    } finally {
      console.debug(`${this.name} took ${Date.now() - started} ms`);
    }
  }

  public register(server: McpServer): void {
    (server.registerTool as (name: string, config: { description?: string; inputSchema?: ZodRawShape }, cb: (args: Record<string, unknown>) => Promise<ToolResult>) => void)(
      this.name,
      { description: this.description, inputSchema: this.argsShape },
      this.invoke.bind(this),
    );
  }
}
