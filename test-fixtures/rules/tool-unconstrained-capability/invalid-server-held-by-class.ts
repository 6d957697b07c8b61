// MCP tools registered on a server the project's own class holds (`server.server.tool(…)`), in a
// module that does not import the SDK; one runs AppleScript, one a shell reached by a dynamic import.
import { runAppleScript } from "run-applescript";
import { z } from "zod";
import type { XcodeServer } from "./lib/xcode-server";

export function registerProjectTools(server: XcodeServer) {
  server.server.tool( // expect: tool-unconstrained-capability, tool-missing-approval
    "find_contact",
    "Find a contact's phone number",
    { name: z.string() },
    async ({ name }) => {
      const escaped = name.replace(/"/g, '\\"');
      const result = await runAppleScript(`tell application "Contacts" to get value of phones of (first person whose name contains "${escaped}")`); // expect: llm-output-to-shell
      return { content: [{ type: "text" as const, text: result }] };
    },
  );

  server.server.tool( // expect: tool-unconstrained-capability, tool-missing-approval
    "open_project",
    "Open a project in Xcode",
    { projectPath: z.string() },
    async ({ projectPath }) => {
      const { promisify } = await import("node:util");
      const { exec } = await import("node:child_process");
      const run = promisify(exec);
      await run(`osascript -e 'tell application "Xcode" to open "${projectPath}"'`); // expect: llm-output-to-shell
      return { content: [{ type: "text" as const, text: "opened" }] };
    },
  );
}
