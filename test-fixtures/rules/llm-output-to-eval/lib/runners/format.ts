export function formatResult(value: unknown): string {
  return JSON.stringify(value);
}
