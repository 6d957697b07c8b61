import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const created: string[] = [];
// Each test file runs in its own process: its throwaway directories go when it exits.
process.on("exit", () => {
  for (const root of created) fs.rmSync(root, { recursive: true, force: true });
});

/** Creates a throwaway directory (removed when the test process exits) and returns its path. */
export function tempDirectory(prefix = "llmsec-test-"): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  created.push(root);
  return root;
}

/** Creates a throwaway directory with the given files (path → content) and returns its path. */
export function tempProject(files: Readonly<Record<string, string | Buffer>>): string {
  const root = tempDirectory();
  for (const [relative, content] of Object.entries(files)) {
    const target = path.join(root, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
  return root;
}

/** A live-looking Groq key for tests, built at run time from pieces. */
export const groqKey = ["gsk_", "mXin96SON36VqS094rFHqpUufxeSYgunie0Y4tNT36Z9tzcq95gG"].join("");
