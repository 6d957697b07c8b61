import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Creates a throwaway directory with the given files (path → content) and returns its path. */
export function tempProject(files: Readonly<Record<string, string | Buffer>>): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "llmsec-test-")));
  for (const [relative, content] of Object.entries(files)) {
    const target = path.join(root, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
  return root;
}

/** A live-looking Groq key for tests, built at run time from pieces. */
export const groqKey = ["gsk_", "mXin96SON36VqS094rFHqpUufxeSYgunie0Y4tNT36Z9tzcq95gG"].join("");
