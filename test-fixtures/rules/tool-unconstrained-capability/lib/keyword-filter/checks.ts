// Refuses what is known to be bad: any text it never thought of passes.
const FORBIDDEN = [/;\s*drop\s+/i, /;\s*delete\s+/i, /\bunion\s+select\b/i];
const WRITES = ["INSERT", "UPDATE", "DELETE"] as const;

export function checkStatement(sql: string, readOnly: boolean): void {
  if (typeof sql !== "string" || sql.length > 20000) throw new Error("bad statement");
  const upper = sql.trim().toUpperCase();
  if (readOnly) {
    for (const word of WRITES) {
      if (upper.startsWith(word)) throw new Error(`${word} is not allowed`);
    }
  }
  for (const pattern of FORBIDDEN) {
    if (pattern.test(sql)) throw new Error("dangerous statement");
  }
}

const ATTRIBUTE_PATH = /^\$(\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\])*$/;

// Requires what is known to be good: a prefix test, then an anchored pattern over the whole value.
export function checkAttributePath(attribute: string): void {
  if (!attribute.startsWith("$")) throw new Error("a path starts with $");
  if (!ATTRIBUTE_PATH.test(attribute)) throw new Error(`not a path: ${attribute}`);
}
