// Delimiters that mark text in a prompt as data rather than instructions.

/** Instruction text longer than this between a tag and the text it holds means the tag wraps the task, not the data. */
const maxGapToTag = 160;

/**
 * True when text placed between `before` and `after` is marked as data: an XML-style tag opened
 * before and closed after (`<documents>…</documents>`), or a ``` / """ fence around it. A tag
 * that also holds a page of instructions (`<task>You are a filter… ${text}</task>`) labels the
 * task, not the text in it.
 */
export function delimited(textBefore: string, textAfter: string): boolean {
  // Interpolations are marked by \u0000 between the pieces: `<knowledge-${i}>` is a tag all the same.
  const before = textBefore.replace(/\u0000/g, "X");
  const after = textAfter.replace(/\u0000/g, "X");
  for (const match of before.matchAll(/<([A-Za-z][\w-]*)((?:\s[^<>]*)?)>/g)) {
    const rest = before.slice((match.index ?? 0) + match[0].length);
    // `<PR title>…</PR title>`: a tag whose name has a space closes with the whole name.
    for (const tag of new Set([match[1] ?? "", `${match[1] ?? ""}${match[2] ?? ""}`])) {
      const close = after.indexOf(`</${tag}>`);
      if (!rest.includes(`</${tag}>`) && close >= 0 && rest.length <= maxGapToTag && close <= maxGapToTag) return true;
    }
  }
  for (const fence of ["```", '"""', "'''"]) {
    if (before.split(fence).length % 2 === 0 && after.includes(fence)) return true;
  }
  return false;
}
