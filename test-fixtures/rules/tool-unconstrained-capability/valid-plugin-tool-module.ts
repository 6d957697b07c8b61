// The same plugin tool after the fix: the resolved path is checked against the root with a
// separator, then the path is used (the file system resolves it as `path.resolve` does). The
// artifact's kind is a TypeBox union of literals and its id an anchored pattern.
import { Type } from "@sinclair/typebox";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

const projectRoot = "/srv/projects/current";

export const name = "save_artifact";
export const description = "Save a workflow artifact to disk.";

export const parameters = Type.Object({
  content: Type.String({ description: "Markdown to save" }),
  outputFile: Type.Optional(Type.String({ description: "Output path, absolute or relative to the project" })),
  kind: Type.Union([Type.Literal("brief"), Type.Literal("prd")]),
  id: Type.String({ pattern: "^[a-z0-9-]+$" }),
});

export async function execute(_id: string, params: { content: string; outputFile?: string; kind: "brief" | "prd"; id: string }) { // expect: tool-missing-approval
  let outputPath = params.outputFile ?? join(params.kind, `${params.id}.md`);
  if (!outputPath.startsWith("/")) outputPath = join(projectRoot, outputPath);
  const { resolve } = await import("node:path");
  const resolvedOutput = resolve(outputPath);
  const resolvedRoot = resolve(projectRoot);
  if (!resolvedOutput.startsWith(resolvedRoot + "/") && resolvedOutput !== resolvedRoot) {
    return { content: [{ type: "text", text: "Error: the path leaves the project" }] };
  }
  await mkdir(dirname(outputPath), { recursive: true });
  await writeFile(outputPath, params.content, "utf-8");
  return { content: [{ type: "text", text: `saved ${outputPath}` }] };
}
