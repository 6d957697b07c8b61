import Database from "better-sqlite3";
import { withErrorHandling } from "./errors";

const connections = new Map<string, Database.Database>();

export function openDatabase(file: string): Database.Database {
  return withErrorHandling(() => {
    const existing = connections.get(file);
    if (existing) return existing;
    const db = new Database(file);
    connections.set(file, db);
    return db;
  }, "openDatabase")();
}
