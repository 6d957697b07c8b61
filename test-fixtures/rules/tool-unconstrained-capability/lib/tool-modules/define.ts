import type { PageContext } from "./context";
import type { zod } from "./sdk";

export interface ToolDefinition {
  name: string;
  description: string;
  schema: Record<string, zod.ZodTypeAny>;
  handler: (request: { params: Record<string, unknown> }, context: PageContext) => Promise<string>;
}

// Returns its argument: only there to type the definition.
export function defineTool(definition: ToolDefinition): ToolDefinition {
  return definition;
}
