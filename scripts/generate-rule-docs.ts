import fs from "node:fs";
import path from "node:path";
import { generatedFiles } from "./generated-files";

const root = path.resolve(__dirname, "..");
for (const [relative, content] of generatedFiles()) {
  const target = path.join(root, relative);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, content);
  console.log(`wrote ${relative}`);
}
