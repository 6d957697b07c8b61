// Suppression comments: a reason is required, and a suppression that matches nothing is reported.

// llmsec-ignore-next-line secret-llm-provider-key -- revoked key kept to reproduce issue 42
export const revoked = "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";

/* expect: llmsec-ignore-without-reason */ // llmsec-ignore-next-line secret-llm-provider-key
export const noReason = "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"; // expect: secret-llm-provider-key

/* expect: llmsec-ignore-without-reason */ // llmsec-ignore-next-line -- a reason but no rule id
export const noRule = 1;

/* expect: llmsec-unused-ignore */ // llmsec-ignore-next-line secret-llm-provider-key -- the key was removed since
export const clean = process.env.GROQ_API_KEY;

/* expect: llmsec-unused-ignore */ // llmsec-ignore-next-line secret-llm-provider-key, secret-cloud-credential -- only one applies
export const partlyUsed = "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";

/* expect: llmsec-unused-ignore */ // llmsec-ignore-next-line secret-not-a-rule -- misspelled
export const misspelled = 2;

// A directive for another rule does not hide this one.
/* expect: llmsec-unused-ignore */ // llmsec-ignore-next-line secret-cloud-credential -- wrong rule
export const otherRule = "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"; // expect: secret-llm-provider-key

// Text that only looks like a directive, inside a string, suppresses nothing.
export const notAComment = "// llmsec-ignore-next-line secret-llm-provider-key -- in a string";
export const stillReported = "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"; // expect: secret-llm-provider-key

/* llmsec-ignore-next-line secret-llm-provider-key -- block comments work too */
export const blockComment = "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";

// expect-next-line: llmsec-unused-ignore
// llmsec-ignore-next-line secret-llm-provider-key -- this whole unused line goes away with --fix
export const removedLine = 3;
