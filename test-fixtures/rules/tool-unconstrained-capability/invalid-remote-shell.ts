// Programs run elsewhere: a command sent over SSH (ssh2's `conn.exec`, not SQL whatever the receiver is
// called), and a browser launched from a model-chosen executable.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import puppeteer from "puppeteer";
import { Client } from "ssh2";
import { z } from "zod";

const server = new McpServer({ name: "remote", version: "1.0.0" });
const conn = new Client();

server.registerTool("ssh_exec", { description: "Run a command on the host", inputSchema: { command: z.string() } }, async ({ command }) => { // expect: tool-unconstrained-capability, tool-missing-approval
  conn.exec(command, () => undefined); // expect: llm-output-to-shell
  return { content: [{ type: "text", text: "started" }] };
});

server.registerTool("open_browser", { description: "Open a browser", inputSchema: { executablePath: z.string() } }, async ({ executablePath }) => { // expect: tool-unconstrained-capability, tool-missing-approval
  const browser = await puppeteer.launch({ executablePath }); // expect: llm-output-to-shell
  const page = await browser.newPage();
  const shot = await page.screenshot({ fullPage: true, encoding: "base64" });
  return { content: [{ type: "image", data: String(shot), mimeType: "image/png" }] };
});
