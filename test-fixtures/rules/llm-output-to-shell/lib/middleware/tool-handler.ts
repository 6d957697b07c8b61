import { spawn } from "node:child_process";

/** Installs a browser the first time a tool needs one. */
export async function handleToolCall(name: string, args: { browserType?: string }) {
  if (name === "browser_install") {
    spawn("npx", ["playwright", "install", args.browserType ?? "chromium"], { shell: true }); // expect: llm-output-to-shell
    // Without a shell, npx hands everything after the package's name to the package: nothing is read as npx's option.
    spawn("npx", ["-y", "playwright", "install", args.browserType ?? "chromium"]);
  }
  return { content: [{ type: "text" as const, text: "done" }] };
}
