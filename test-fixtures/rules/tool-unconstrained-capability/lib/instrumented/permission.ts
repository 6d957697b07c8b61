import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

interface PermissionArgs { action: "grant" | "revoke"; appId: string }

export function createPermissionHandler(): (args: PermissionArgs) => Promise<unknown> {
  // `adb shell` joins its words into a command line the device's shell parses again.
  return async (args) => run("adb", ["shell", "pm", args.action, args.appId]); // expect: llm-output-to-shell
}
