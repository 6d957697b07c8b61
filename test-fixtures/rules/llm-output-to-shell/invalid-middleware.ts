// A low-level MCP server whose tool-call handler goes through middleware: a timing wrapper around
// the handler given to setRequestHandler, and a logging wrapper made once and called later.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { handleToolCall } from "./lib/middleware/tool-handler";

const server = new Server({ name: "browser", version: "1.0.0" }, { capabilities: { tools: {} } });

function withTiming<A extends unknown[], R>(handler: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const started = Date.now();
    try {
      return await handler(...args);
    } finally {
      process.stderr.write(`${Date.now() - started} ms\n`);
    }
  };
}

class ToolLogger {
  wrap(handler: typeof handleToolCall) {
    return async (name: string, args: { browserType?: string }) => {
      process.stderr.write(`tool ${name}\n`);
      return handler(name, args);
    };
  }
}

const logged = new ToolLogger().wrap(handleToolCall);

server.setRequestHandler(CallToolRequestSchema, withTiming(async (request) => logged(request.params.name, request.params.arguments ?? {})));
