import { z } from "zod";
import type { DesignService } from "./design-service";

const parameters = { fileKey: z.string().describe("The key of the file") };

async function getFile(params: { fileKey: string }, service: DesignService) {
  const file = await service.getFile(params.fileKey);
  return { content: [{ type: "text" as const, text: JSON.stringify(file) }] };
}

export const getFileTool = { name: "get_file", description: "Fetch a design file", parameters, handler: getFile } as const;
