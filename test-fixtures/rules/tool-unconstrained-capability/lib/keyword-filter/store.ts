import type { Database } from "better-sqlite3";
import { checkStatement } from "./checks";

export class Store {
  constructor(private readonly db: Database) {}

  // Forwards to the module's check: what that body does is what this one does.
  protected validateQuery(sql: string, readOnly: boolean): void {
    checkStatement(sql, readOnly);
  }

  readRows(sql: string): unknown[] {
    this.validateQuery(sql, true);
    return this.db.prepare(sql).all(); // expect: llm-output-to-sql
  }
}
