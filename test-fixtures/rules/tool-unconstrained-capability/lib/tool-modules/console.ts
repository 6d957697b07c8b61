import { defineTool } from "./define";
import { zod } from "./sdk";

export const listMessages = defineTool({
  name: "list_console_messages",
  description: "List console messages",
  schema: { pageSize: zod.number() },
  handler: async (request) => `page size ${Number(request.params.pageSize)}`,
});
