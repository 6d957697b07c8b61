// The same pushed git arguments after the fix: a `--` ends the options before the model-chosen URL.
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { Type } from "@sinclair/typebox";

export function createGitCloneTool(ctx: { rootDir: string }) {
  return {
    name: "git_clone",
    description: "Clone a git repository into the workspace",
    parameters: Type.Object({ url: Type.String(), dest: Type.Optional(Type.String()), branch: Type.Optional(Type.String()) }),
    async execute(params: { url: string; dest?: string; branch?: string }) {
      const destPath = resolve(ctx.rootDir, params.dest ?? "repo");
      const gitArgs = ["clone"];
      if (params.branch) gitArgs.push("--branch", params.branch);
      gitArgs.push("--", params.url, destPath);
      execFile("git", gitArgs, { cwd: ctx.rootDir }, () => {});
      return { content: "cloned" };
    },
  };
}
