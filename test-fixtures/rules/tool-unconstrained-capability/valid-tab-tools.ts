// Look-alikes of the tab tools: the page runs the app's own function, the model's text is only its
// argument; the address is checked against an allow-list before the tab goes there.
import { z } from "zod";
import { defineTabTool } from "./lib/tab-tools/tool";

const allowedOrigins = new Set(["https://docs.example.org"]);

export const readTitle = defineTabTool({
  schema: { name: "browser_title", description: "Read an element's text", inputSchema: z.object({ selector: z.string() }), type: "readOnly" },
  handle: async (tab, params, response) => {
    const text = await tab.page.evaluate((selector: string) => document.querySelector(selector)?.textContent ?? "", params.selector);
    response.addResult(text);
  },
});

export const openDocs = defineTabTool({
  schema: { name: "browser_open_docs", description: "Open a documentation page", inputSchema: z.object({ url: z.string() }), type: "destructive" },
  handle: async (tab, params) => {
    if (!allowedOrigins.has(new URL(params.url).origin)) throw new Error("not an allowed site");
    await tab.navigate(params.url);
  },
});
