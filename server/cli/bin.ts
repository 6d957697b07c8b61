import { main } from "./main";

// Setting exitCode instead of calling process.exit lets buffered output to a pipe drain first.
process.exitCode = main(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
