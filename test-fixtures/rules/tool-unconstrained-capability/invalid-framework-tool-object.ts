// A framework's own tool factory (veryfront's coding-agent template): an object with an id, a
// description, a schema llmsec cannot read and an `execute` is a tool, every field of its input open.
import { tool } from "veryfront/tool";
import { defineSchema } from "veryfront/schemas";
import { cwd, readTextFile, resolve } from "veryfront/fs";

export default tool({ // expect: tool-unconstrained-capability
  id: "read-file",
  description: "Read the contents of a file in the project",
  inputSchema: defineSchema((v: { object: (shape: object) => unknown; string: () => unknown }) => v.object({ path: v.string() }))(),
  execute: async ({ path }: { path: string }) => {
    const content = await readTextFile(resolve(cwd(), path)); // expect: llm-output-to-file-path
    return { path, content };
  },
});

// A job description, not a tool: no schema of its input.
export const nightlyJob = {
  id: "nightly-export",
  description: "Exports the day's reports",
  execute: async ({ path }: { path: string }) => readTextFile(path),
};
