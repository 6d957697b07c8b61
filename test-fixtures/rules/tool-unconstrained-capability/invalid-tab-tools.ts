// Tools as playwright-mcp defines them: an identity helper takes `{ schema: { name, inputSchema }, handle }`,
// the handler's parameters are typed only by the helper's declared type, and a backend class elsewhere
// lists and dispatches them. What the handlers reach is read through `Tab`'s methods.
import { z } from "zod";
import { defineTabTool } from "./lib/tab-tools/tool";

const elementSchema = z.object({ element: z.string(), ref: z.string() });

export const navigate = defineTabTool({ // expect: tool-unconstrained-capability
  schema: { name: "browser_navigate", description: "Open a URL", inputSchema: z.object({ url: z.string() }), type: "destructive" },
  handle: async (tab, params, response) => {
    await tab.navigate(params.url);
    response.addResult(`Navigated to ${params.url}`);
  },
});

export const evaluate = defineTabTool({ // expect: tool-unconstrained-capability, tool-missing-approval
  schema: { name: "browser_evaluate", description: "Run JavaScript in the page", inputSchema: elementSchema.extend({ function: z.string() }), type: "destructive" },
  handle: async (tab, params, response) => {
    const result = await tab.page.evaluate(params.function);
    response.addResult(JSON.stringify(result));
  },
});

export const upload = defineTabTool({ // expect: tool-unconstrained-capability
  schema: { name: "browser_file_upload", description: "Upload a file", inputSchema: z.object({ selector: z.string(), path: z.string() }), type: "destructive" },
  handle: async (tab, params) => {
    await tab.page.setInputFiles(params.selector, params.path); // expect: llm-output-to-file-path
  },
});
