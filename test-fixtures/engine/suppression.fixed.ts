// Suppression comments: a reason is required, and a suppression that matches nothing is reported.

// llmsec-ignore-next-line secret-llm-provider-key -- revoked key kept to reproduce issue 42
export const revoked = "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";

/* expect: llmsec-ignore-without-reason */ // llmsec-ignore-next-line secret-llm-provider-key
export const noReason = process.env.GROQ_API_KEY!; // expect: secret-llm-provider-key

/* expect: llmsec-ignore-without-reason */ // llmsec-ignore-next-line -- a reason but no rule id
export const noRule = 1;

/* expect: llmsec-unused-ignore */
export const clean = process.env.GROQ_API_KEY;

/* expect: llmsec-unused-ignore */ // llmsec-ignore-next-line secret-llm-provider-key -- only one applies
export const partlyUsed = "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";

/* expect: llmsec-unused-ignore */
export const misspelled = 2;

// A directive for another rule does not hide this one.
/* expect: llmsec-unused-ignore */
export const otherRule = process.env.GROQ_API_KEY!; // expect: secret-llm-provider-key

// Text that only looks like a directive, inside a string, suppresses nothing.
export const notAComment = "// llmsec-ignore-next-line secret-llm-provider-key -- in a string";
export const stillReported = process.env.GROQ_API_KEY!; // expect: secret-llm-provider-key

/* llmsec-ignore-next-line secret-llm-provider-key -- block comments work too */
export const blockComment = "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";

// expect-next-line: llmsec-unused-ignore
export const removedLine = 3;
