// A browser server's API and output tools, as mcp-playwright writes them: Playwright's own HTTP client
// (`request.newContext()`) sends what the model chose, and a PDF's path is held in an options constant.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { chromium, request, type APIRequestContext } from "playwright";
import path from "node:path";
import { z } from "zod";

const server = new McpServer({ name: "browser", version: "1.0.0" });

async function withApi<T>(operation: (api: APIRequestContext) => Promise<T>): Promise<T> {
  const api = await request.newContext();
  try {
    return await operation(api);
  } finally {
    await api.dispose();
  }
}

server.tool("http_post", "POST a JSON body", { url: z.string(), body: z.string() }, async ({ url, body }) => { // expect: tool-unconstrained-capability, tool-missing-approval
  const response = await withApi((api) => api.post(url, { data: body })); // expect: llm-output-to-url
  return { content: [{ type: "text", text: String(response.status()) }] };
});

server.tool("save_pdf", "Save the page as PDF", { outputPath: z.string() }, async ({ outputPath }) => { // expect: tool-unconstrained-capability, tool-missing-approval
  const browser = await chromium.launch();
  const page = await browser.newPage();
  const options = { path: path.resolve(outputPath, "page.pdf"), format: "A4" };
  await page.pdf(options); // expect: llm-output-to-file-path
  await browser.close();
  return { content: [{ type: "text", text: options.path }] };
});
