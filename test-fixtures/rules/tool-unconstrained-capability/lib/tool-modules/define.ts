import type { zod } from "./sdk";

export interface ToolContext {
  saveFile(data: Uint8Array, filename: string): Promise<string>;
}

export interface ToolDefinition {
  name: string;
  description: string;
  schema: Record<string, zod.ZodTypeAny>;
  handler: (request: { params: Record<string, unknown> }, context: ToolContext) => Promise<string>;
}

// Returns its argument: only there to type the definition.
export function defineTool(definition: ToolDefinition): ToolDefinition {
  return definition;
}
