// The project's own base for its LangChain tools: shared settings, no handler of its own.
import { StructuredTool } from "@langchain/core/tools";

export abstract class WorkspaceTool extends StructuredTool {
  protected readonly root = "/srv/workspace";
}
