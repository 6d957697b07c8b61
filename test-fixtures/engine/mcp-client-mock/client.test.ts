import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { mockClient } from "./__mocks__/client";

export async function listRemoteTools(client: Client = mockClient as unknown as Client) {
  return (await client.listTools()).tools.map((tool) => tool.name);
}
