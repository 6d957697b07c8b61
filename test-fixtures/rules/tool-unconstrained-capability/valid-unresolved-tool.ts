// A registration llmsec cannot read: the definition comes from a factory of another package, so the
// inventory lists the call as not resolved instead of staying silent.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

declare const toolkit: { definitionFor(kind: string): { name: string; config: object; handler: (input: unknown) => Promise<unknown> } };
declare const registry: { addTool(definition: object): void };

const server = new McpServer({ name: "kit", version: "1.0.0" });
const definition = toolkit.definitionFor("search");

registry.addTool({ ...definition, server });
