import { execSync } from "node:child_process";

export function archive(folder: string): string {
  return execSync(`tar czf /tmp/archive.tgz ${folder}`).toString(); // expect: llm-output-to-shell
}
