const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** Throws unless the name is a plain SQL identifier. */
export function validateIdentifier(name: string): void {
  if (!IDENTIFIER.test(name)) throw new Error(`Invalid identifier: ${name}`);
}
