// Renamed requires of functions that are not sinks for what the model passes: a read of a fixed
// file, and a fixed command run under another name.
import { tool } from "ai";
import { z } from "zod";

const { readFileSync: read } = require("node:fs");
const { execFileSync: runProgram } = require("child_process");

export const versionTool = tool({
  description: "Show the version",
  inputSchema: z.object({ verbose: z.boolean() }),
  execute: async ({ verbose }) => (verbose ? String(read("/srv/app/VERSION", "utf8")) : String(runProgram("uname", ["-r"]))),
});
