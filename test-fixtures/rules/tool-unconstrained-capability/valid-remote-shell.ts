// Look-alikes: a fixed command over SSH with the model's value only in its output filter, a browser
// launched from the operator's configured executable, and a screenshot returned rather than saved.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import puppeteer from "puppeteer";
import { Client } from "ssh2";
import { z } from "zod";

const server = new McpServer({ name: "remote", version: "1.0.0" });
const conn = new Client();

server.registerTool("host_uptime", { description: "Show the host's uptime", inputSchema: { grep: z.string() } }, async ({ grep }) => {
  const lines: string[] = [];
  conn.exec("uptime", (_error, stream) => stream.on("data", (chunk: Buffer) => lines.push(String(chunk))));
  return { content: [{ type: "text", text: lines.filter((l) => l.includes(grep)).join("\n") }] };
});

server.registerTool("page_shot", { description: "Screenshot a page", inputSchema: { fullPage: z.boolean() } }, async ({ fullPage }) => {
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH });
  const page = await browser.newPage();
  const shot = await page.screenshot({ fullPage, encoding: "base64" });
  return { content: [{ type: "image", data: String(shot), mimeType: "image/png" }] };
});

// A shared launcher whose options another tool may fill: a tool that calls it with none runs no program of the model's.
async function launchBrowser(options: { executablePath?: string } = {}) {
  return puppeteer.launch({ executablePath: options.executablePath });
}

server.registerTool("open_default_browser", { description: "Open the default browser", inputSchema: { headless: z.boolean() } }, async () => {
  const browser = await launchBrowser();
  await browser.close();
  return { content: [{ type: "text", text: "ok" }] };
});
