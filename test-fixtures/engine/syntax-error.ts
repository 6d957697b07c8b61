// A file that does not parse is reported, and its other findings still are.
export const key = "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"; // expect: secret-llm-provider-key

export function broken( {
  return 1; // expect: llmsec-syntax-error
