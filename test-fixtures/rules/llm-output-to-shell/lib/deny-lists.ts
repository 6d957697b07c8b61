// Two deny-lists: one refuses every shell metacharacter, the other only words.
export function isCommandSafe(command: string): boolean {
  const refused = [/[;&|$`\n<>]/, /\brm\b/];
  for (const pattern of refused) if (pattern.test(command)) return false;
  return true;
}

export function checkSafe(command: string): boolean {
  for (const word of [/\brm\b/, /\bcurl\b/]) {
    if (word.test(command)) return false;
  }
  return true;
}
