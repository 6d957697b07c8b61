// Tool objects checked by a schema, listed in one module and dispatched in another (markdownify-mcp).
import { ToolSchema } from "@modelcontextprotocol/sdk/types.js";

export const ConvertTool = ToolSchema.parse({ // expect: tool-unconstrained-capability, tool-missing-approval
  name: "convert-file",
  description: "Convert a file to Markdown",
  inputSchema: { type: "object", properties: { filepath: { type: "string" } }, required: ["filepath"] },
});

export const GetPodsTool = { // expect: tool-unconstrained-capability, tool-missing-approval
  name: "get_pods",
  description: "List pods",
  inputSchema: { type: "object", properties: { namespace: { type: "string" } } },
};

export const ConvertPageTool = ToolSchema.parse({ // expect: tool-unconstrained-capability, tool-missing-approval
  name: "convert-page",
  description: "Convert a web page to Markdown",
  inputSchema: { type: "object", properties: { filepath: { type: "string" } }, required: ["filepath"] },
});
