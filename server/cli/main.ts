import "../ruleset";
import { parseCliArgs, usage, UsageError } from "./args";
import { BaselineError } from "./baseline";
import { lintCommand, type CliIo } from "./lint-command";
import { rulesCommand } from "./rules-command";
import { toolsCommand } from "./tools-command";
import { ConfigError } from "../engine/config";
import { toolVersion } from "../engine/docs-url";
import { ProjectConfigError } from "../engine/project";

/** The CLI's entry: parses arguments, runs a command and returns its exit code (2 for any usage, config or internal error). */
export function main(argv: readonly string[], io: CliIo): number {
  try {
    const args = parseCliArgs(argv);
    switch (args.command) {
      case "help": {
        const text = args.topic === "lint" ? usage.lint : args.topic === "rules" ? usage.rules : args.topic === "tools" ? usage.tools : usage.main;
        io.stdout.write(text);
        return 0;
      }
      case "version":
        io.stdout.write(`${toolVersion}\n`);
        return 0;
      case "rules":
        return rulesCommand(args, io);
      case "lint":
        return lintCommand(args, io);
      case "tools":
        return toolsCommand(args, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`llmsec: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof ProjectConfigError) {
      io.stderr.write(`llmsec: invalid configuration: ${error.message}\n`);
      return 2;
    }
    if (error instanceof BaselineError) {
      io.stderr.write(`llmsec: invalid baseline: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`llmsec: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}
