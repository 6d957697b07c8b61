import ts from "typescript";
import { delimited } from "./delimiters";
import type { TaintEngine } from "./flows";
import { skipTypeWrappers } from "./scope";
import { isTextLike } from "./shape";
import type { Fact, TaintKind } from "./value";

/**
 * Whether untrusted text in a prompt is marked as data: which template span carries it, and
 * whether delimiters, a fence or a labeling helper surround it.
 */
export class PromptLabels {
  constructor(
    private readonly taint: TaintEngine,
    /** Names of the project's labeling helpers (`labelers` in the config). */
    private readonly labelers: ReadonlySet<string>,
  ) {}

  /** The first span of a template literal prompt that interpolates this kind of taint. */
  carryingSpan(value: ts.Expression, category: TaintKind): ts.TemplateSpan | undefined {
    let expr = skipTypeWrappers(value);
    if (ts.isTaggedTemplateExpression(expr)) expr = expr.template;
    if (!ts.isTemplateExpression(expr)) return undefined;
    return expr.templateSpans.find((span) => this.taint.concretizeFacts(this.taint.evaluator.evaluate(span.expression).facts).some((f) => f.origin.kind === "source" && f.origin.category === category && isTextLike(f.shape)));
  }

  retrievedIn(expression: ts.Expression): Fact[] {
    return this.taint.concretizeFacts(this.taint.evaluator.evaluate(expression).facts).filter((f) => f.origin.kind === "source" && f.origin.category === "retrieved" && !f.sanitized.has("label") && isTextLike(f.shape));
  }

  /**
   * Whether the retrieved content in a prompt value is delimited: every template span (or
   * concatenated piece) that carries it sits between an opening and a closing tag, inside a
   * fence, or is the result of a labeling helper. Follows one `const` to its initializer.
   */
  labeling(value: ts.Expression, depth: number): { labeled: boolean; span?: ts.TemplateSpan } {
    let expr = skipTypeWrappers(value);
    if (this.isLabelerCall(expr)) return { labeled: true };
    if (ts.isIdentifier(expr) && depth < 2) {
      const declaration = this.taint.evaluator.scopes.resolve(expr)?.declaration;
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && ts.isIdentifier(declaration.name)) {
        // `let prompt = \`Summarize <#${id}:\`; prompt += \`\n${m.text}\``: text appended later is not what the initializer labels.
        if (this.retrievedIn(declaration.initializer).length === 0) return { labeled: false };
        return this.labeling(declaration.initializer, depth + 1);
      }
      return { labeled: false };
    }
    if (ts.isTaggedTemplateExpression(expr)) expr = expr.template; // `codeBlock`…``
    if (!ts.isTemplateExpression(expr)) return { labeled: false };
    const pieces = [expr.head.text, ...expr.templateSpans.map((s) => s.literal.text)];
    let unlabeled: ts.TemplateSpan | undefined;
    expr.templateSpans.forEach((span, index) => {
      if (unlabeled || this.retrievedIn(span.expression).length === 0) return;
      const before = pieces.slice(0, index + 1).join("\u0000");
      const after = pieces.slice(index + 1).join("\u0000");
      if (!this.isLabelerCall(span.expression) && !delimited(before, after)) unlabeled = span;
    });
    return unlabeled ? { labeled: false, span: unlabeled } : { labeled: true };
  }

  private isLabelerCall(expression: ts.Expression): boolean {
    if (!ts.isCallExpression(expression)) return false;
    const callee = expression.expression;
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
    return name !== undefined && this.labelers.has(name);
  }
}
