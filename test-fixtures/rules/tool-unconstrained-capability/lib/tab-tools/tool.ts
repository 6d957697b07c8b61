import type { z } from "zod";
import type { Tab } from "./tab";

export type TabTool<Input extends z.ZodTypeAny = z.ZodTypeAny> = {
  schema: { name: string; description: string; inputSchema: Input; type: "readOnly" | "destructive" };
  handle: (tab: Tab, params: z.output<Input>, response: { addResult(text: string): void }) => Promise<void>;
};

// Only there to type the definition; a backend class lists and dispatches the tools elsewhere.
export function defineTabTool<Input extends z.ZodTypeAny>(tool: TabTool<Input>): TabTool<Input> {
  return tool;
}
