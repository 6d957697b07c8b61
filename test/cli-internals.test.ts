import "../server/ruleset";
import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import ts from "typescript";
import { main } from "../server/cli/main";
import { createProgress } from "../server/cli/progress";
import { Project } from "../server/engine/project";
import { tempProject } from "./support/temp-project";

/** A write stream stand-in that records what is written. */
function recorder(isTTY: boolean, failWith?: Error): NodeJS.WriteStream & { text: string } {
  const stream = {
    isTTY,
    text: "",
    write(chunk: string) {
      if (failWith) throw failWith;
      stream.text += chunk;
      return true;
    },
  };
  return stream as unknown as NodeJS.WriteStream & { text: string };
}

describe("progress indicator", () => {
  it("draws a file counter on a terminal once the delay has passed, and clears it", () => {
    const stream = recorder(true);
    const progress = createProgress(stream, 0);
    progress.update(5, 10);
    progress.update(10, 10);
    progress.clear();
    assert.match(stream.text, /\rllmsec: 5\/10 files/);
    assert.match(stream.text, /\rllmsec: 10\/10 files/);
    assert.ok(stream.text.endsWith("\r\u001b[2K"));
  });

  it("stays silent when stderr is not a terminal, or before the delay", () => {
    const piped = recorder(false);
    const pipedProgress = createProgress(piped, 0);
    pipedProgress.update(1, 2);
    pipedProgress.clear();
    assert.equal(piped.text, "");
    const quick = recorder(true);
    const quickProgress = createProgress(quick, 60_000);
    quickProgress.update(1, 2);
    quickProgress.clear();
    assert.equal(quick.text, "");
  });
});

describe("main", () => {
  it("turns an unexpected exception into exit code 2 with an 'internal error' message", () => {
    const stderr = recorder(false);
    const stdout = recorder(false, new Error("disk on fire"));
    const code = main(["--version"], { cwd: process.cwd(), stdout, stderr });
    assert.equal(code, 2);
    assert.match(stderr.text, /^llmsec: internal error: Error: disk on fire/);
  });
});

describe("project", () => {
  it("gives rules a type checker over the project's files, following relative imports", () => {
    const root = tempProject({
      "tsconfig.json": '{ "compilerOptions": { "strict": true }, "include": ["src"] }',
      "src/model.ts": "export const modelName = 'gpt-4o-mini' as const;\n",
      "src/use.ts": "import { modelName } from './model';\nexport const chosen = modelName;\n",
    });
    for (const project of [Project.fromTsconfig(path.join(root, "tsconfig.json")), Project.standalone()]) {
      const use = project.load(path.join(root, "src", "use.ts"));
      assert.ok(use);
      const checker = project.getTypeChecker();
      assert.ok(checker);
      const statement = use.statements[1];
      assert.ok(statement && ts.isVariableStatement(statement));
      const initializer = statement.declarationList.declarations[0]?.initializer;
      assert.ok(initializer);
      assert.equal(checker.typeToString(checker.getTypeAtLocation(initializer)), '"gpt-4o-mini"');
    }
  });
});
