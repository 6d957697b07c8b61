import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import ts from "typescript";
import { fixedSuffix, fixtureFiles } from "./support/fixture-suite";

const rulesRoot = path.join(__dirname, "..", "test-fixtures", "rules");
const ambient = path.join(rulesRoot, "ambient.d.ts");
const options: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
  jsx: ts.JsxEmit.Preserve,
  types: ["node"],
  typeRoots: [path.join(__dirname, "..", "node_modules", "@types")],
  skipLibCheck: true,
  allowJs: true,
};

/** Type errors of one file, as text without positions, with its SDK imports typed as `any`. */
function typeErrors(file: string): string[] {
  const program = ts.createProgram([ambient, file], options);
  const sourceFile = program.getSourceFile(file);
  const diagnostics = [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)];
  return diagnostics.map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`).sort();
}

// Every fixed fixture must type-check as well as the code it was fixed from: a fix never
// introduces a compile error. (`tsc` of TypeScript 6, the compiler the engine embeds.)
describe("fixes compile", () => {
  for (const dir of ["llm-output-to-eval", "llm-output-to-sql", "llm-output-to-html", "tool-missing-approval", "rag-unlabeled-context", "secret-llm-provider-key", "secret-unprefixed-api-key", "secret-cloud-credential"]) {
    for (const fixed of fixtureFiles(path.join(rulesRoot, dir)).filter((f) => fixedSuffix.test(f) && !f.endsWith(".json"))) {
      it(`${dir}/${fixed} has no type error its original lacks`, () => {
        const original = path.join(rulesRoot, dir, fixed.replace(".fixed", ""));
        const remaining = typeErrors(original);
        const introduced: string[] = [];
        for (const error of typeErrors(path.join(rulesRoot, dir, fixed))) {
          const index = remaining.indexOf(error);
          if (index >= 0) remaining.splice(index, 1);
          else introduced.push(error);
        }
        assert.deepEqual(introduced, []);
      });
    }
  }
});
