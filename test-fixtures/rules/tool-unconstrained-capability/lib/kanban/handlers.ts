// The dispatcher imports only the request's type; the shell comes from the helper module.
import type { CallToolRequest } from "@modelcontextprotocol/sdk/types.js";
import { execAsync } from "./exec";

export async function handleToolRequest(request: CallToolRequest) {
  const args = request.params.arguments as Record<string, unknown>;
  switch (request.params.name) {
    case "add_comment": {
      const { stdout } = await execAsync(`gh issue comment ${String(args.issue_number)} --body-file body.md`); // expect: llm-output-to-shell
      return { content: [{ type: "text", text: stdout }] };
    }
    default:
      throw new Error("unknown tool");
  }
}
