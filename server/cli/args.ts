import { parseArgs } from "node:util";

export type OutputFormat = "stylish" | "json" | "sarif";

export interface LintArgs {
  readonly command: "lint";
  readonly paths: string[];
  readonly format: OutputFormat;
  readonly output: string | undefined;
  readonly fix: boolean;
  readonly unsafeFixes: boolean;
  readonly maxWarnings: number | undefined;
  readonly config: string | undefined;
  readonly project: string | undefined;
  readonly quiet: boolean;
  readonly noColor: boolean;
  /** A JSON report whose findings are not reported again. */
  readonly baseline: string | undefined;
}

export interface RulesArgs {
  readonly command: "rules";
  readonly format: "table" | "json";
  readonly noColor: boolean;
}

export interface ToolsArgs {
  readonly command: "tools";
  readonly paths: string[];
  readonly format: "table" | "json";
  readonly output: string | undefined;
  readonly config: string | undefined;
  readonly project: string | undefined;
  readonly noColor: boolean;
}

export type CliArgs = LintArgs | RulesArgs | ToolsArgs | { readonly command: "help"; readonly topic?: string } | { readonly command: "version" };

export class UsageError extends Error {}

export const usage = {
  main: `Usage: llmsec <command> [options]

Commands:
  lint [paths...]   Analyze files, directories or globs (default: the current directory)
  tools [paths...]  List every agent tool: parameters, capabilities, approval
  rules             List the rules with their family, severity, OWASP and CWE ids
  help [command]    Show help for a command

Options:
  -h, --help        Show help
  -v, --version     Print the version
`,
  lint: `Usage: llmsec lint [paths...] [options]

Analyzes .ts .tsx .mts .cts .js .jsx .mjs .cjs files. Directories are searched recursively,
honoring .gitignore and skipping node_modules, build output and minified bundles.

Options:
  -f, --format <name>     stylish (default), json or sarif
  -o, --output <file>     Write the report to a file instead of standard output
      --fix               Apply safe fixes to the files, then report what is left
      --unsafe-fixes      With --fix, also apply suggested fixes (review the diff)
      --max-warnings <n>  Exit with 1 when there are more than n warnings
  -c, --config <file>     Use this llmsec.config.json instead of looking one up
  -p, --project <file>    Use a tsconfig.json's files and compiler options (type-aware)
      --baseline <file>   Leave out findings recorded in this JSON report (from --format json)
      --quiet             Report errors only
      --no-color          Plain output without ANSI colors
  -h, --help              Show this help

Exit codes: 0 no errors, 1 errors found or too many warnings, 2 usage, config or internal error.
`,
  tools: `Usage: llmsec tools [paths...] [options]

Lists every agent tool defined in the code (Vercel AI SDK, OpenAI Agents, LangChain, MCP, Mastra,
OpenAI and Anthropic JSON-schema tools): its parameters and their constraints, what its handler
can do (shell, code, SQL, files, network, secrets), which free parameters reach that, and whether
a human approves its calls.

Options:
  -f, --format <name>     table (default) or json
  -o, --output <file>     Write to a file instead of standard output
  -c, --config <file>     Use this llmsec.config.json
  -p, --project <file>    Use a tsconfig.json's files
      --no-color          Plain output without ANSI colors
`,
  rules: `Usage: llmsec rules [--format table|json]

Lists every rule with its id, family, default severity, OWASP Top 10 for LLM Applications id and CWE.
`,
};

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help") return { command: "help" };
  if (command === "help") return rest[0] ? { command: "help", topic: rest[0] } : { command: "help" };
  if (command === "-v" || command === "--version" || command === "version") return { command: "version" };
  if (command === "lint") return parseLint(rest);
  if (command === "rules") return parseRules(rest);
  if (command === "tools") return parseTools(rest);
  throw new UsageError(`unknown command '${command}'; run 'llmsec --help'`);
}

function parseLint(argv: string[]): CliArgs {
  const { values, positionals } = parseStrict(argv, {
    format: { type: "string", short: "f" },
    output: { type: "string", short: "o" },
    fix: { type: "boolean" },
    "unsafe-fixes": { type: "boolean" },
    "max-warnings": { type: "string" },
    config: { type: "string", short: "c" },
    project: { type: "string", short: "p" },
    quiet: { type: "boolean" },
    "no-color": { type: "boolean" },
    baseline: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) return { command: "help", topic: "lint" };
  const format = values.format ?? "stylish";
  if (format !== "stylish" && format !== "json" && format !== "sarif") throw new UsageError(`--format must be stylish, json or sarif, not '${format}'`);
  let maxWarnings: number | undefined;
  if (values["max-warnings"] !== undefined) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings must be a whole number of 0 or more, not '${values["max-warnings"]}'`);
  }
  if (values["unsafe-fixes"] && !values.fix) throw new UsageError("--unsafe-fixes only applies together with --fix");
  return {
    command: "lint",
    paths: positionals,
    format,
    output: values.output,
    fix: values.fix ?? false,
    unsafeFixes: values["unsafe-fixes"] ?? false,
    maxWarnings,
    config: values.config,
    project: values.project,
    quiet: values.quiet ?? false,
    noColor: values["no-color"] ?? false,
    baseline: values.baseline,
  };
}

function parseTools(argv: string[]): CliArgs {
  const { values, positionals } = parseStrict(argv, {
    format: { type: "string", short: "f" },
    output: { type: "string", short: "o" },
    config: { type: "string", short: "c" },
    project: { type: "string", short: "p" },
    "no-color": { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) return { command: "help", topic: "tools" };
  const format = values.format ?? "table";
  if (format !== "table" && format !== "json") throw new UsageError(`--format must be table or json, not '${format}'`);
  return { command: "tools", paths: positionals, format, output: values.output, config: values.config, project: values.project, noColor: values["no-color"] ?? false };
}

function parseRules(argv: string[]): CliArgs {
  const { values } = parseStrict(argv, {
    format: { type: "string", short: "f" },
    "no-color": { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) return { command: "help", topic: "rules" };
  const format = values.format ?? "table";
  if (format !== "table" && format !== "json") throw new UsageError(`--format must be table or json, not '${format}'`);
  return { command: "rules", format, noColor: values["no-color"] ?? false };
}

type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string }>;

function parseStrict<T extends OptionSpec>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[\w+\]: /, ""));
  }
}
