// A git command whose arguments are pushed one call at a time: the model-chosen URL comes before
// any `--`, so `--upload-pack=…` runs a program. The branch is the value of `--branch` and the
// destination is resolved to an absolute path: neither can be read as an option.
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { Type } from "@sinclair/typebox";

export function createGitCloneTool(ctx: { rootDir: string }) {
  return { // expect: tool-unconstrained-capability, tool-missing-approval
    name: "git_clone",
    description: "Clone a git repository into the workspace",
    parameters: Type.Object({ url: Type.String(), dest: Type.Optional(Type.String()), branch: Type.Optional(Type.String()) }),
    async execute(params: { url: string; dest?: string; branch?: string }) {
      const destPath = resolve(ctx.rootDir, params.dest ?? "repo");
      const gitArgs = ["clone"];
      if (params.branch) gitArgs.push("--branch", params.branch);
      gitArgs.push(params.url, destPath);
      execFile("git", gitArgs, { cwd: ctx.rootDir }, () => {}); // expect: llm-output-to-shell
      return { content: "cloned" };
    },
  };
}
