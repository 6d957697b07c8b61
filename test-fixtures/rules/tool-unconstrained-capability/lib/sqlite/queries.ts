// A query helper declared before the one the tool reaches: what each wrapped callback returns is
// its own, whatever order they are written in.
import { openDatabase } from "./connection";
import { withErrorHandling } from "./errors";

export function executeQuery(file: string, query: string) {
  return withErrorHandling(() => openDatabase(file).prepare(query).run(), "executeQuery")();
}

export function executeSelect(file: string, query: string) {
  return withErrorHandling(() => {
    const db = openDatabase(file);
    return db.prepare(query).all(); // expect: llm-output-to-sql
  }, "executeSelect")();
}

export function describeTable(file: string, table: string) {
  return withErrorHandling(() => executeSelect(file, `PRAGMA table_info(${table})`), "describeTable")();
}
