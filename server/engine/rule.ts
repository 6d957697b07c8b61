import type ts from "typescript";
import type { ImportIndex } from "./imports";
import type { Catalogue } from "./catalogue";
import type { Flow, UntracedMarkdownHtml } from "./taint/flows";
import type { RawMarkdownRender } from "./taint/markdown-renders";
import type { ToolInfo } from "./tools/inventory";
import type { PromptFlow } from "./taint/prompts";
import type { ClientSystemPrompt } from "./taint/client-prompts";
import type { SourceOrigin } from "./taint/value";

/** Severity as configured by a user; `off` disables a rule. */
export type Severity = "error" | "warn";
export type SeveritySetting = Severity | "off";

export type RuleFamily = "llm" | "tool" | "rag" | "prompt" | "agent" | "mcp" | "secret" | "llmsec";

/** Whether applying a fix keeps the program's behavior (safe) or needs a human look (suggestion). */
export type FixSafety = "safe" | "suggestion";

export interface RuleMeta {
  /** Rule id, starting with its family: `secret-llm-provider-key`. */
  readonly id: string;
  readonly family: RuleFamily;
  readonly defaultSeverity: Severity;
  /** OWASP Top 10 for LLM Applications 2025 id, e.g. `LLM02:2025`; none for llmsec's own diagnostics. */
  readonly owasp?: string;
  /** CWE numbers, e.g. `[798]`. */
  readonly cwe: readonly number[];
  /** SARIF `security-severity`: 0.0 to 10.0. */
  readonly securitySeverity: number;
  /** One line shown in `llmsec rules`, SARIF `shortDescription` and the docs title. */
  readonly description: string;
  /** Longer explanation used for the generated docs and SARIF `help`. */
  readonly rationale: string;
  /** How to fix by hand, in the docs. */
  readonly remediation: string;
  /** Code the rule reports, and the same code written safely, for the docs. */
  readonly example?: { readonly flagged: string; readonly fixed: string };
  /** Safety of the fix the rule offers, or `none`. */
  readonly fix: FixSafety | "none";
  /** Message templates keyed by id; `{{name}}` is filled from the report's data. */
  readonly messages: Readonly<Record<string, string>>;
}

export interface TextEdit {
  /** Offsets into the file text, UTF-16 code units, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface Fix {
  readonly safety: FixSafety;
  /** What applying the fix does, e.g. "Read the key from process.env.OPENAI_API_KEY". */
  readonly description: string;
  readonly edits: readonly TextEdit[];
}

export interface RelatedLocation {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** Absolute path; the finding's own file when omitted. */
  readonly file?: string;
}

export interface ReportDescriptor {
  /** The node to underline; or give `start`/`end` offsets instead. */
  readonly node?: ts.Node;
  readonly start?: number;
  readonly end?: number;
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly fix?: Fix;
  readonly related?: readonly RelatedLocation[];
  /** The steps of a data flow from its source to this finding, in order (SARIF `codeFlows`). */
  readonly flow?: readonly RelatedLocation[];
}

/** Node types a rule can visit, keyed by the name used in a visitor. */
export interface VisitableNodes {
  SourceFile: ts.SourceFile;
  StringLiteral: ts.StringLiteral;
  NoSubstitutionTemplateLiteral: ts.NoSubstitutionTemplateLiteral;
  TemplateExpression: ts.TemplateExpression;
  CallExpression: ts.CallExpression;
  NewExpression: ts.NewExpression;
  PropertyAssignment: ts.PropertyAssignment;
  VariableDeclaration: ts.VariableDeclaration;
  BinaryExpression: ts.BinaryExpression;
  JsxAttribute: ts.JsxAttribute;
  ImportDeclaration: ts.ImportDeclaration;
  FunctionDeclaration: ts.FunctionDeclaration;
  ArrowFunction: ts.ArrowFunction;
  FunctionExpression: ts.FunctionExpression;
  MethodDeclaration: ts.MethodDeclaration;
  ReturnStatement: ts.ReturnStatement;
  ObjectLiteralExpression: ts.ObjectLiteralExpression;
}

export type NodeVisitor = {
  readonly [K in keyof VisitableNodes]?: (node: VisitableNodes[K]) => void;
} & {
  /** Called once after the whole file was walked. */
  readonly "SourceFile:exit"?: (node: ts.SourceFile) => void;
};

export interface RuleContext {
  readonly meta: RuleMeta;
  readonly sourceFile: ts.SourceFile;
  /** Absolute path of the file. */
  readonly filePath: string;
  readonly catalogue: Catalogue;
  /** Local names bound by this file's imports and `require` calls. */
  readonly imports: ImportIndex;
  /** Flows of model output into sinks found in this file, by the run's taint engine. */
  readonly taint: {
    flowsIn(sourceFile: ts.SourceFile): readonly Flow[];
    /** Raw-HTML Markdown renders of text neither traced to model output nor the app's own. */
    untracedMarkdownRenders(sourceFile: ts.SourceFile): readonly RawMarkdownRender[];
    /** HTML sinks given rendered Markdown whose text is neither traced to model output nor the app's own. */
    untracedMarkdownHtml(sourceFile: ts.SourceFile): readonly UntracedMarkdownHtml[];
    sourceFileOf(file: string): ts.SourceFile | undefined;
  };
  /** Retrieved content reaching prompts built in a file. */
  readonly prompts: {
    flowsIn(sourceFile: ts.SourceFile): readonly PromptFlow[];
    clientSystemPrompts(sourceFile: ts.SourceFile): readonly ClientSystemPrompt[];
    /** Whether a call asks a model for output (an SDK call the catalogue knows). */
    isModelCall(call: ts.CallExpression): boolean;
    /** A model call, or a call written like one (`client.chat.completions.create`) on a client the analysis cannot type. */
    looksLikeModelCall(call: ts.CallExpression): boolean;
    /** Whether a call or `new` makes a value of one of the catalogue's kinds (`lc-chat-model`, `gemini-chat`). */
    makesKind(node: ts.CallExpression | ts.NewExpression, kinds: readonly string[]): boolean;
    /** The body of a request sent to a model provider's HTTP API, when the call is one. */
    modelRequestBody(call: ts.CallExpression): ts.Expression | undefined;
    /** The request input (body fields, query parameters, a server action's arguments) an expression's value may come from. */
    requestSourcesOf(expression: ts.Expression): readonly SourceOrigin[];
    /** Request input that is a whole structured value (a parsed body), not one field of text. */
    requestDataSourcesOf(expression: ts.Expression): readonly SourceOrigin[];
    /** The functions a call may run (its callee's value): helpers the project wrote. */
    calledFunctions(call: ts.CallExpression): readonly ts.SignatureDeclaration[];
  };
  /** Agent tools defined in a file, with their parameters, capabilities and approval. */
  readonly tools: { toolsIn(sourceFile: ts.SourceFile): readonly ToolInfo[] };
  /** The type checker, created on first use; undefined when the run has no program. */
  getTypeChecker(): ts.TypeChecker | undefined;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  create(context: RuleContext): NodeVisitor;
}

/** Identity helper so rule files read as `export default defineRule({ meta, create })` with full typing. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
