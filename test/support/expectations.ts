import type { Finding } from "../../server/engine/finding";

/**
 * Expected findings written inline in a fixture: a comment `expect: rule-id[, rule-id]` on the
 * line of the finding (`// expect: …`, `{/* expect: … *\/}` in JSX, `<!-- expect: … -->` in a Vue template), or `// expect-next-line: …`
 * on the line before, where the finding's own line must stay free of other comments.
 */
export function parseExpectations(text: string): string[] {
  const expected: string[] = [];
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.replace(/\s*-->.*$/, "");
    const match = /(?:\/\/|\/\*|<!--)\s*expect(-next-line)?:\s*([\w\-, ]+)/.exec(line);
    if (!match?.[2]) return;
    const line1 = index + 1 + (match[1] ? 1 : 0);
    for (const id of match[2].split(",").map((s) => s.trim()).filter(Boolean)) expected.push(`${line1}: ${id}`);
  });
  return expected.sort(byLine);
}

export function describeFindings(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.startPosition.line}: ${f.ruleId}`).sort(byLine);
}

function byLine(a: string, b: string): number {
  return Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b);
}
