// LlamaIndex's tool factory, with zod as LlamaIndex re-exports it: the model's `fileName` is joined
// onto the output directory with nothing refusing `..`.
import { tool } from "@llamaindex/core/tools";
import { z } from "@llamaindex/core/zod";
import fs from "node:fs";
import path from "node:path";

export const documentGenerator = tool({ // expect: tool-unconstrained-capability, tool-missing-approval
  name: "document_generator",
  description: "Write an HTML document",
  parameters: z.object({ content: z.string(), fileName: z.string(), format: z.enum(["html", "txt"]) }),
  execute: async ({ content, fileName, format }) => {
    const filePath = path.join("output", `${fileName}.${format}`);
    await fs.promises.writeFile(filePath, content); // expect: llm-output-to-file-path
    return filePath;
  },
});
