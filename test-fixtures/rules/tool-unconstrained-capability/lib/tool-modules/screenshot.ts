import { defineTool } from "./define";
import { zod } from "./sdk";

export const takeScreenshot = defineTool({
  name: "take_screenshot",
  description: "Save a screenshot of the page",
  schema: { filePath: zod.string() },
  handler: async (request, context) => context.saveFile(new Uint8Array(), String(request.params.filePath)),
});
