import * as consoleTools from "./console";
import type { ToolDefinition } from "./define";
import * as screenshotTools from "./screenshot";

// Every module's exported tools, listed.
const tools = [...Object.values(consoleTools), ...Object.values(screenshotTools)] as ToolDefinition[];
tools.sort((a, b) => a.name.localeCompare(b.name));

export { tools };
