// A deny-list of words: true unless a pattern matches. Obfuscation walks past it.
export function isCodeSafe(code: string): boolean {
  const dangerousPatterns = [/\bimport\s*\(/, /\bprocess\b/, /\brequire\s*\(/, /\beval\s*\(/];
  for (const pattern of dangerousPatterns) {
    if (pattern.test(code)) {
      return false;
    }
  }
  return true;
}

export const isShellSafe = (command: string): boolean => !/[;&|$`\n]/.test(command);
