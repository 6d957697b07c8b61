// Bundles the CLI (and, once they exist, the language server and the VS Code client) with esbuild.
import { build } from "esbuild";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entries = [
  { in: "server/cli/bin.ts", out: "cli", external: [] },
  { in: "server/lsp/main.ts", out: "server", external: [] },
  { in: "client/extension.ts", out: "client", external: ["vscode"] },
].filter((entry) => existsSync(path.join(root, entry.in)));

for (const entry of entries) {
  await build({
    absWorkingDir: root,
    entryPoints: [entry.in],
    outfile: `dist/${entry.out}.js`,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    sourcemap: "linked",
    external: entry.external,
    logLevel: "warning",
    legalComments: "none",
    // Vue's compiler pulls these in for code generation, which llmsec never runs (see the stub).
    alias: { "@babel/parser": "./scripts/stubs/unused-by-vue-parse.cjs", "source-map-js": "./scripts/stubs/unused-by-vue-parse.cjs" },
  });
}
console.log(`llmsec: built ${entries.map((e) => `dist/${e.out}.js`).join(", ")}`);
