import fs from "node:fs/promises";
import path from "node:path";

interface ExecutionEnvInputs {
  destinationPath?: string;
  tag: string;
}

/** A handler factory: the returned function receives the tool's input. */
export function createDefineExecutionEnvHandler(workspaceRoot: string) {
  return async (inputs: ExecutionEnvInputs) => {
    const destination = inputs.destinationPath || workspaceRoot;
    await fs.writeFile(path.join(destination, "execution-environment.yml"), `tag: ${inputs.tag}\n`, "utf8"); // expect: llm-output-to-file-path
    return { content: [{ type: "text" as const, text: "written" }] };
  };
}

function validatePathWithinWorkspace(input: string, workspaceRoot: string): string {
  const root = path.resolve(workspaceRoot);
  const resolved = path.resolve(root, input);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) throw new Error("outside the workspace");
  return resolved;
}

export function createConfinedExecutionEnvHandler(workspaceRoot: string) {
  return async (inputs: ExecutionEnvInputs) => {
    const destination = validatePathWithinWorkspace(inputs.destinationPath || workspaceRoot, workspaceRoot);
    await fs.writeFile(path.join(destination, "execution-environment.yml"), `tag: ${inputs.tag}\n`, "utf8");
    return { content: [{ type: "text" as const, text: "written" }] };
  };
}
