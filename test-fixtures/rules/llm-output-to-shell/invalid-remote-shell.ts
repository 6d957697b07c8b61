// adb joins the words after `shell` into one command line for the device's shell: an argument list
// without a local shell still runs the model's `;` there (mobile-mcp before its fix).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { z } from "zod";

const adbPath = (): string => {
  const exe = process.platform === "win32" ? "adb.exe" : "adb";
  return process.env.ANDROID_HOME ? path.join(process.env.ANDROID_HOME, "platform-tools", exe) : exe;
};

class AndroidDevice {
  constructor(private readonly serial: string) {}

  adb(...args: string[]): Buffer {
    return execFileSync(adbPath(), ["-s", this.serial, ...args]); // expect: llm-output-to-shell
  }

  openUrl(url: string): void {
    this.adb("shell", "am", "start", "-a", "android.intent.action.VIEW", "-d", url);
  }

  typeText(text: string): void {
    // Every shell metacharacter backslash-escaped: one word for the device's shell.
    this.adb("shell", "input", "text", text.replace(/[\\'"` \t\n\r|&;()<>{}[\]$*?]/g, "\\$&"));
  }

  paste(text: string): void {
    this.adb("shell", "am", "broadcast", "-e", "text", Buffer.from(text).toString("base64"));
  }

  install(apk: string): void {
    // Not a shell word: adb installs the file it is given.
    this.adb("install", "-r", apk);
  }
}

const server = new McpServer({ name: "mobile", version: "1.0.0" });
const device = new AndroidDevice("emulator-5554");

server.tool("open_url", "Open a URL on the device", { url: z.string() }, async ({ url }) => { // expect: tool-unconstrained-capability, tool-missing-approval
  device.openUrl(url);
  return { content: [{ type: "text", text: "opened" }] };
});

server.tool("type_text", "Type text", { text: z.string() }, async ({ text }) => { // expect: tool-missing-approval
  device.typeText(text);
  device.paste(text);
  return { content: [{ type: "text", text: "typed" }] };
});

server.tool("install_app", "Install an app", { apk: z.string() }, async ({ apk }) => { // expect: tool-missing-approval
  device.install(apk);
  return { content: [{ type: "text", text: "installed" }] };
});
