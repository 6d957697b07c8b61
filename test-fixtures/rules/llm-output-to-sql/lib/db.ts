// A database handle whose client library llmsec cannot see.
declare const driver: { connect(): { query(text: string, values?: unknown[]): Promise<unknown> } };
export function getDb() {
  return driver.connect();
}
