// fetcher-mcp before its fix: a headless browser sent to whatever URL the model gives
// (`file:///etc/passwd`, the metadata service), and the page's text returned. A SOQL query built
// from the model's words (Salesforce's MCP server) is SQL all the same.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { chromium, type Page } from "playwright";
import { z } from "zod";
import { processPage } from "./lib/page-processor";

const server = new McpServer({ name: "fetcher", version: "1.0.0" });

async function pageText(page: Page, url: string): Promise<string> {
  await page.goto(url, { waitUntil: "load" }); // expect: llm-output-to-url
  return page.innerText("body");
}

server.registerTool("fetch_url", { inputSchema: { url: z.string() } }, async ({ url }) => { // expect: tool-unconstrained-capability
  const browser = await chromium.launch();
  const page = await browser.newPage();
  const text = (await pageText(page, url)) + (await processPage(page, url));
  await page.goto("https://example.com/status");
  await browser.close();
  return { content: [{ type: "text" as const, text }] };
});

interface Connection { singleRecordQuery<T>(soql: string): Promise<T> }
declare const connection: Connection;

server.registerTool("assign_permission_set", { inputSchema: { name: z.string() } }, async ({ name }) => { // expect: tool-unconstrained-capability, tool-missing-approval
  const set = await connection.singleRecordQuery<{ Id: string }>(`SELECT Id FROM PermissionSet WHERE Name='${name}'`); // expect: llm-output-to-sql
  return { content: [{ type: "text" as const, text: set.Id }] };
});
