import ts from "typescript";
import type { SecretPattern } from "../catalogue";
import type { Fix, NodeVisitor, RuleContext, TextEdit } from "../../server/engine/rule";
import { mcpConfigOf } from "../../server/engine/mcp/config";
import { configReferenceFix, configRemedy } from "../../server/engine/mcp/secret-references";

/** A run of characters that can form a key; keys never contain spaces, quotes or slashes. */
const tokenPattern = /[A-Za-z0-9_-]{20,}/g;

export interface KeyToken {
  readonly token: string;
  /** Offset of the token in the string's cooked text. */
  readonly index: number;
  readonly pattern: SecretPattern;
}

/** Provider-format keys in a string, placeholders and redactions excluded. */
export function findProviderKeys(text: string, patterns: readonly SecretPattern[]): KeyToken[] {
  const found: KeyToken[] = [];
  if (text.length < 20) return found;
  for (const match of text.matchAll(tokenPattern)) {
    const token = match[0];
    const pattern = patterns.find((p) => token.startsWith(p.prefix) && p.pattern.test(token));
    if (!pattern || isPlaceholder(token.slice(pattern.prefix.length))) continue;
    found.push({ token, index: match.index, pattern });
  }
  return found;
}

/** Words that mark a value as an example rather than a credential. */
const placeholderWords = /your|test|dummy|example|fake|placeholder|sample|redacted|replace|changeme|insert|xxxx|secret|mock|demo|invalid|notreal/i;

/**
 * True for the body of a key (after its prefix) that is a placeholder: a marker word,
 * repeated or sequential characters, or too little randomness to be an issued key.
 */
export function isPlaceholder(body: string): boolean {
  if (placeholderWords.test(body)) return true;
  if (/(.)\1{4,}/.test(body)) return true;
  if (hasSequentialRun(body, 6)) return true;
  return distinctCharacters(body) < Math.min(10, Math.ceil(body.length / 3)) || shannonEntropy(body) < 3;
}

/**
 * A prefix-less value that looks like an issued credential: long enough, letters and digits
 * mixed, random-looking, and not a placeholder.
 */
export function looksLikeCredential(value: string): boolean {
  if (value.length < 20 || value.length > 200) return false;
  if (!/^[A-Za-z0-9_\-.+/=:]+$/.test(value)) return false;
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) return false;
  if (readsAsPathOrWords(value)) return false;
  return !isPlaceholder(value) && shannonEntropy(value) >= 3.2;
}

/**
 * `/bedrock/aws4_request`, `text-embedding-3-large-v2`: a path, a URL, or mostly lowercase words
 * joined by separators — something a person named, not an issued credential.
 */
function readsAsPathOrWords(value: string): boolean {
  if (/^\.{0,2}\//.test(value) || value.includes("://")) return true;
  const segments = value.split(/[/_\-.:]+/).filter(Boolean);
  if (segments.length < 2) return false;
  // `gen-lang-client-0524292946`: lowercase words and a number, the way projects and accounts are named.
  if (segments.length >= 3 && segments.every((segment) => /^[a-z]+$|^\d+$/.test(segment)) && segments.some((segment) => /^[a-z]{3,}$/.test(segment))) return true;
  const wordCharacters = segments.filter((segment) => /^[a-z]{3,}$/.test(segment)).reduce((sum, segment) => sum + segment.length, 0);
  return wordCharacters / segments.join("").length >= 0.7;
}

export function shannonEntropy(text: string): number {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

function distinctCharacters(text: string): number {
  return new Set(text).size;
}

/** `abcdef`, `123456`, `FEDCBA`: keyboard-made, never issued. */
function hasSequentialRun(text: string, length: number): boolean {
  let up = 1;
  let down = 1;
  for (let i = 1; i < text.length; i++) {
    const step = text.charCodeAt(i) - text.charCodeAt(i - 1);
    up = step === 1 ? up + 1 : 1;
    down = step === -1 ? down + 1 : 1;
    if (up >= length || down >= length) return true;
  }
  return false;
}

/** The secret as it may be shown anywhere: its public prefix and last four characters. */
export function mask(secret: string, prefix = ""): string {
  const tail = secret.length - prefix.length > 12 ? secret.slice(-4) : "";
  return `${prefix}…${tail}`;
}

/** String-like nodes whose text can hold a key, with the cooked text of each piece. */
export function stringPieces(node: ts.Node): { node: ts.Node; text: string }[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [{ node, text: node.text }];
  if (ts.isTemplateExpression(node)) return [node.head, ...node.templateSpans.map((s) => s.literal)].map((piece) => ({ node: piece, text: piece.text }));
  return [];
}

/**
 * A fix that replaces the key inside a string-like node with `process.env.NAME`: the whole
 * literal when it is only the key, otherwise a template literal with the rest kept.
 */
export function environmentFix(sourceFile: ts.SourceFile, piece: ts.Node, token: string, tokenIndex: number, envVar: string): Fix {
  // In TypeScript the variable is `string | undefined`; `!` keeps code that expected a string compiling.
  const isTypeScript = /\.[cm]?tsx?$/.test(sourceFile.fileName);
  const reference = `process.env.${envVar}${isTypeScript ? "!" : ""}`;
  const description = `Read the key from process.env.${envVar}`;
  const edits: TextEdit[] = [];
  const start = piece.getStart(sourceFile);
  const end = piece.getEnd();

  if (ts.isStringLiteral(piece) || ts.isNoSubstitutionTemplateLiteral(piece)) {
    const whole = piece.text === token;
    const inJsxAttribute = ts.isJsxAttribute(piece.parent);
    if (whole) {
      edits.push({ start, end, newText: inJsxAttribute ? `{${reference}}` : reference });
    } else {
      const before = escapeForTemplate(piece.text.slice(0, tokenIndex));
      const after = escapeForTemplate(piece.text.slice(tokenIndex + token.length));
      const template = `\`${before}\${process.env.${envVar}}${after}\``;
      edits.push({ start, end, newText: inJsxAttribute ? `{${template}}` : template });
    }
  } else {
    // A template piece: the key is plain [A-Za-z0-9_-], so its raw text is its cooked text.
    const raw = sourceFile.text.slice(start, end);
    const at = raw.indexOf(token);
    edits.push({ start: start + at, end: start + at + token.length, newText: `\${process.env.${envVar}}` });
  }
  return { safety: "suggestion", description, edits };
}

function escapeForTemplate(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${").replace(/\r/g, "\\r");
}

/** The string a `const` holds, when `identifier` names a `const` initialized with a literal in an enclosing scope. */
export function constStringInitializer(identifier: ts.Identifier): ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | undefined {
  for (let scope: ts.Node | undefined = identifier.parent; scope; scope = scope.parent) {
    if (!ts.isSourceFile(scope) && !ts.isBlock(scope) && !ts.isModuleBlock(scope)) continue;
    for (const statement of scope.statements) {
      if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || declaration.name.text !== identifier.text) continue;
        const init = declaration.initializer;
        return init && (ts.isStringLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init)) ? init : undefined;
      }
    }
  }
  return undefined;
}

/**
 * What to do instead of the literal, said in the message, and the fix that does it: read it from
 * `process.env` in code; in an MCP config, the reference that client expands, named after the
 * `env` entry that holds the value (the variable the server reads).
 */
export function secretRemedy(sourceFile: ts.SourceFile, piece: ts.Node, token: string, tokenIndex: number, envVar: string): { remedy: string; fix?: Fix } {
  const config = mcpConfigOf(sourceFile);
  if (!config) return { remedy: `read it from process.env.${envVar}`, fix: environmentFix(sourceFile, piece, token, tokenIndex, envVar) };
  const holder = piece.parent;
  const inEnv = holder && ts.isPropertyAssignment(holder) && holder.initializer === piece && ts.isObjectLiteralExpression(holder.parent) && ts.isPropertyAssignment(holder.parent.parent) && propertyKey(holder.parent.parent.name) === "env";
  const entryName = inEnv ? propertyKey(holder.name) : undefined;
  // Elsewhere (a header, an argument) the variable is named after the server, so two servers' secrets never share one.
  const server = config.servers.find((s) => piece.pos >= s.entry.pos && piece.end <= s.entry.end);
  const variable = entryName && /^[A-Za-z_][A-Za-z0-9_]*$/.test(entryName) ? entryName : server ? `${server.name}_${envVar}`.toUpperCase().replace(/[^A-Z0-9_]+/g, "_") : envVar;
  const fix = ts.isStringLiteral(piece) ? configReferenceFix(config, piece, token, variable) : undefined;
  return { remedy: configRemedy(config, variable), ...(fix ? { fix } : {}) };
}

function propertyKey(name: ts.PropertyName): string | undefined {
  return ts.isStringLiteral(name) || ts.isIdentifier(name) ? name.text : undefined;
}

/**
 * Visitor shared by the provider-format key rules: reports each key of the group found in a
 * string or template literal, with a suggestion to read it from the environment.
 */
export function providerKeyVisitor(context: RuleContext, group: SecretPattern["group"]): NodeVisitor {
  const patterns = context.catalogue.secretPatterns.filter((p) => p.group === group);
  const check = (node: ts.Node): void => {
    for (const piece of stringPieces(node)) {
      for (const key of findProviderKeys(piece.text, patterns)) {
        const provider = context.catalogue.providers.get(key.pattern.provider);
        if (!provider) continue;
        const { remedy, fix } = secretRemedy(context.sourceFile, piece.node, key.token, key.index, provider.envVar);
        context.report({
          node: piece.node,
          messageId: "hardcodedKey",
          data: { provider: provider.name, kind: key.pattern.kind, masked: mask(key.token, key.pattern.prefix), remedy },
          ...(fix ? { fix } : {}),
        });
      }
    }
  };
  return { StringLiteral: check, NoSubstitutionTemplateLiteral: check, TemplateExpression: check };
}

/**
 * Test and mock code (`__tests__/`, `__mocks__/`, `*.test.ts`, `*.spec.ts`): credential-looking
 * strings there are stand-ins, unless a provider's prefix says otherwise. Names a project gives
 * only to tests; a plain `test/` folder may be anywhere in an absolute path.
 */
export function isTestOrMockFile(fileName: string): boolean {
  return /[\\/](?:__tests__|__mocks__|__fixtures__)[\\/]|\.(?:test|spec|mock)\.[cm]?[jt]sx?$/.test(fileName);
}

/**
 * `Basic dXNlcjpwYXNzd29yZA==`: the base64 of a `user:password` pair. Reported only when the
 * pair does not read as a stand-in (`user:password`, `test:test`, `admin:admin`).
 */
export function isPlaceholderBasicPair(value: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0) return false;
  const decoded = Buffer.from(value, "base64").toString("utf8");
  if (!/^[\x20-\x7e]+:[\x20-\x7e]*$/.test(decoded)) return false;
  const [user = "", password = ""] = decoded.split(":");
  const standIn = /^(?:user(?:name)?|admin|test(?:user)?|foo|bar|demo|example|guest|root|pass(?:word)?|secret|changeme|1234\d*|x+)$/i;
  return standIn.test(user) || standIn.test(password) || password === user;
}
