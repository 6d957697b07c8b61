// A tool written as a module (OpenClaw's plugin tools): its exports are the tool's name, a TypeBox
// schema and `execute(id, params)`; the plugin registers the module's namespace in a loop. The
// model-chosen `outputFile` is used as-is when absolute, or joined onto the project root.
import { Type } from "@sinclair/typebox";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

const projectRoot = "/srv/projects/current";

export const name = "save_artifact";
export const description = "Save a workflow artifact to disk.";

export const parameters = Type.Object({
  content: Type.String({ description: "Markdown to save" }),
  outputFile: Type.Optional(Type.String({ description: "Output path, absolute or relative to the project" })),
  format: Type.Union([Type.Literal("md"), Type.Literal("txt")]),
});

export async function execute(_id: string, params: { content: string; outputFile?: string; format: "md" | "txt" }) { // expect: tool-unconstrained-capability, tool-missing-approval
  let outputPath = params.outputFile ?? `artifact.${params.format}`;
  if (!outputPath.startsWith("/")) outputPath = join(projectRoot, outputPath);
  await mkdir(dirname(outputPath), { recursive: true }); // expect: llm-output-to-file-path
  await writeFile(outputPath, params.content, "utf-8"); // expect: llm-output-to-file-path
  return { content: [{ type: "text", text: `saved ${outputPath}` }] };
}
