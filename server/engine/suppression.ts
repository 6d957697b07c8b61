import ts from "typescript";

export const directiveName = "llmsec-ignore-next-line";

/** `// llmsec-ignore-next-line rule-a, rule-b -- why this is fine` */
export interface Directive {
  /** Zero-based line of the comment; it applies to the line after. */
  readonly line: number;
  readonly ruleIds: readonly string[];
  readonly reason: string | undefined;
  /** Offsets of the whole comment. */
  readonly commentStart: number;
  readonly commentEnd: number;
  /** Offsets of the rule-id list inside the comment, for removing unused ids. */
  readonly idsStart: number;
  readonly idsEnd: number;
}

const directivePattern = /(\/\/|\/\*)[ \t]*llmsec-ignore-next-line\b([^\n]*)/g;

/** Finds the suppression directives written in a file's comments. */
export function findDirectives(sourceFile: ts.SourceFile): Directive[] {
  const text = sourceFile.text;
  if (!text.includes(directiveName)) return [];
  const directives: Directive[] = [];
  for (const match of text.matchAll(directivePattern)) {
    const commentStart = match.index;
    if (!isInComment(sourceFile, commentStart)) continue;
    const isBlock = match[1] === "/*";
    let body = match[2] ?? "";
    const bodyStart = commentStart + match[0].length - body.length;
    let commentEnd = bodyStart + body.length;
    if (isBlock) {
      const close = body.indexOf("*/");
      if (close >= 0) {
        body = body.slice(0, close);
        commentEnd = bodyStart + close + 2;
      }
    }
    const separator = body.indexOf("--");
    const idsText = separator >= 0 ? body.slice(0, separator) : body;
    const reason = separator >= 0 ? body.slice(separator + 2).trim() : "";
    const ruleIds = idsText.split(/[\s,]+/).filter((id) => id.length > 0);
    const leading = idsText.length - idsText.trimStart().length;
    directives.push({
      line: sourceFile.getLineAndCharacterOfPosition(commentStart).line,
      ruleIds,
      reason: reason.length > 0 ? reason : undefined,
      commentStart,
      commentEnd,
      idsStart: bodyStart + leading,
      idsEnd: bodyStart + idsText.trimEnd().length,
    });
  }
  return directives;
}

/**
 * True when `position` is inside a comment: the only other places `//` can be written are
 * string, template, regular-expression and JSX-text nodes, which are checked for.
 */
function isInComment(sourceFile: ts.SourceFile, position: number): boolean {
  let node: ts.Node = sourceFile;
  for (;;) {
    let next: ts.Node | undefined;
    ts.forEachChild(node, (child) => {
      if (child.pos <= position && position < child.end) {
        next = child;
        return true;
      }
      return undefined;
    });
    if (!next) return true;
    if (position < next.getStart(sourceFile)) return true;
    if (isTextBearing(next)) return false;
    node = next;
  }
}

function isTextBearing(node: ts.Node): boolean {
  return (
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isTemplateHead(node) ||
    ts.isTemplateMiddle(node) ||
    ts.isTemplateTail(node) ||
    ts.isRegularExpressionLiteral(node) ||
    ts.isJsxText(node)
  );
}
