// A test that checks what a server lists: the objects it expects define no tools.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";

declare const client: Client;
declare function expect(value: unknown): { toEqual(expected: unknown): void };

export async function listsTheShellTool(): Promise<void> {
  const { tools } = await client.listTools();
  expect(tools).toEqual([{ name: "exec_shell", description: "Run a command", inputSchema: { type: "object", properties: { command: { type: "string" } } } }]);
}
