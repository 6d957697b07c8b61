import ts from "typescript";
import type { CredentialSink } from "./catalogue";
import { defineRule, type RuleContext } from "../server/engine/rule";
import { isReference, mcpConfigOf } from "../server/engine/mcp/config";
import { constStringInitializer, isPlaceholder, secretRemedy, findProviderKeys, isPlaceholderBasicPair, isTestOrMockFile, looksLikeCredential, mask } from "./shared/secrets";

type StringNode = ts.StringLiteral | ts.NoSubstitutionTemplateLiteral;

/** HTTP authorization schemes in front of a credential. */
const authorizationScheme = /^(?:Bearer|Basic|Token|Bot|ApiKey)\s+/i;

/** The string fields of a JSON object written inside a value (`{"Authorization": "Bearer …"}`), at any depth. */
function jsonCredentials(text: string): [string, string][] {
  const trimmed = text.trim().replace(/^"(.*)"$/s, "$1").replace(/\\"/g, '"');
  if (!trimmed.startsWith("{")) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return [];
  }
  const found: [string, string][] = [];
  const walk = (value: unknown, depth: number): void => {
    if (depth > 3 || typeof value !== "object" || value === null) return;
    for (const [key, field] of Object.entries(value)) {
      if (typeof field === "string") found.push([key, field]);
      else walk(field, depth + 1);
    }
  };
  walk(parsed, 0);
  return found;
}

/** Variables that hold a password, which people choose: shorter and less random than an issued key. */
const namesPassword = /(?:^|_)(?:PASSWORD|PASSWD|PWD|PASS|PASSPHRASE)$/i;

/** A password as a person sets it: eight characters or more, letters with digits or symbols, not a placeholder or a stand-in. */
function looksLikePassword(value: string): boolean {
  if (value.length < 8 || value.length > 128 || /\s/.test(value) || isReference(value)) return false;
  if (!/[A-Za-z]/.test(value) || !/[^A-Za-z]/.test(value)) return false;
  if (/^(?:password|passw0rd|changeme|admin|root|secret|postgres|example|test|default)\d*!?$/i.test(value)) return false;
  return !isPlaceholder(value);
}

function isLoopbackHost(host: string): boolean {
  return /^(?:localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0|host\.docker\.internal|db|postgres|mysql|redis|mongo)$/i.test(host);
}

export default defineRule({
  meta: {
    id: "secret-unprefixed-api-key",
    family: "secret",
    defaultSeverity: "error",
    owasp: "LLM02:2025",
    cwe: [798],
    securitySeverity: 7.5,
    description: "Random-looking credential without a provider prefix (Mistral, Cohere, Together, AWS secret, …) passed to an AI SDK client or an auth header.",
    rationale:
      "Several providers issue keys with no recognizable prefix, so they can only be told from other strings by where they go: the `apiKey`/`token` option of a known SDK client, an AWS credential pair, or an `Authorization`/`x-api-key` header. A value there that is long and random is treated as a live credential; short, repetitive or placeholder values (`YOUR_API_KEY`, `xxxx…`, `test-key`) are not.",
    remediation:
      "Revoke the credential, then read it from the environment or a secret manager, e.g. `new Mistral({ apiKey: process.env.MISTRAL_API_KEY })`.",
    fix: "suggestion",
    messages: {
      sdkOption: "Hardcoded {{provider}} credential '{{masked}}' passed as '{{option}}' to {{client}}. Revoke it and {{remedy}}.",
      header: "Hardcoded credential '{{masked}}' in the '{{header}}' header. Revoke it and {{remedy}}.",
      configEnv: "Hardcoded credential '{{masked}}' in the '{{name}}' variable of MCP server '{{server}}': everyone with this file can use it. Revoke it and {{remedy}}.",
      configArgument: "Hardcoded credential '{{masked}}' passed as '{{name}}' to MCP server '{{server}}': everyone with this file can use it. Revoke it and {{remedy}}.",
    },
  },
  create(context) {
    const { reads, excludes } = context.catalogue.credentialEnvNames;
    const namesCredential = (name: string): boolean => reads.test(name) && !excludes.test(name);
    const reported = new Set<ts.Node>();

    // Unprefixed values in tests and mocks are stand-ins; keys in a provider's own format are reported there too, by the prefixed-key rules.
    const inTestCode = isTestOrMockFile(context.sourceFile.fileName);
    const reportLiteral = (literal: StringNode, credential: string, messageId: string, data: Record<string, string>, envVar: string, issued: (value: string) => boolean = looksLikeCredential): void => {
      if (inTestCode || reported.has(literal) || !issued(credential) || isPlaceholderBasicPair(credential) || besideExampleHost(literal)) return;
      if (findProviderKeys(credential, context.catalogue.secretPatterns).length > 0) return; // the prefixed-key rules report it
      reported.add(literal);
      const { remedy, fix } = secretRemedy(context.sourceFile, literal, credential, literal.text.indexOf(credential), envVar);
      context.report({ node: literal, messageId, data: { ...data, masked: mask(credential), remedy }, ...(fix ? { fix } : {}) });
    };

    const checkClient = (node: ts.NewExpression | ts.CallExpression, call: CredentialSink["call"]): void => {
      const binding = context.imports.resolve(node.expression);
      if (!binding) return;
      const sinks = context.catalogue.credentialSinks.filter(
        (s) => s.call === call && s.module === binding.module && (s.exportName === binding.exportName || (binding.exportName === "*" && s.exportName === "default")),
      );
      const sink = sinks[0];
      if (!sink) return;
      const provider = context.catalogue.providers.get(sink.provider);
      if (!provider) return;
      const client = node.expression.getText(context.sourceFile);
      const args = node.arguments ?? ts.factory.createNodeArray<ts.Expression>();

      if (sink.keyArgument !== undefined) {
        const arg = args[sink.keyArgument];
        const literal = arg && literalOf(arg);
        if (literal) reportLiteral(literal, literal.text, "sdkOption", { provider: provider.name, option: `argument ${sink.keyArgument + 1}`, client }, provider.envVar);
      }
      for (const arg of args) {
        if (!ts.isObjectLiteralExpression(arg)) continue;
        for (const { name, value } of credentialProperties(arg, sink.keyOptions, 2)) {
          const literal = literalOf(value);
          if (!literal) continue;
          const envVar = sink.envVars?.[name] ?? provider.envVar;
          reportLiteral(literal, literal.text, "sdkOption", { provider: provider.name, option: name, client }, envVar);
        }
      }
    };

    const checkHeader = (headerName: string, value: ts.Expression): void => {
      if (!context.catalogue.credentialHeaders.has(headerName.toLowerCase())) return;
      const literal = literalOf(value);
      if (!literal) return;
      const credential = literal.text.replace(authorizationScheme, "");
      reportLiteral(literal, credential, "header", { header: headerName }, headerEnvVar(context));
    };

    return {
      NewExpression: (node) => checkClient(node, "new"),
      CallExpression(node) {
        checkClient(node, "call");
        // headers.set("Authorization", "Bearer …") / append(…)
        const callee = node.expression;
        const [name, value] = node.arguments;
        if (ts.isPropertyAccessExpression(callee) && (callee.name.text === "set" || callee.name.text === "append") && name && value && ts.isStringLiteralLike(name)) {
          checkHeader(name.text, value);
        }
      },
      PropertyAssignment(node) {
        const name = propertyName(node.name);
        if (name) checkHeader(name, node.initializer);
      },
      "SourceFile:exit"(sourceFile) {
        for (const server of mcpConfigOf(sourceFile)?.servers ?? []) {
          for (const entry of server.env) {
            const value = entry.value;
            if (!value || !namesCredential(entry.name) || isReference(value.text)) continue;
            const data = { name: entry.name, server: server.name };
            const urlPassword = /^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:([^@/\s]+)@([^/:?#]+)/i.exec(value.text);
            if (urlPassword?.[1] && urlPassword[2] && !isLoopbackHost(urlPassword[2])) reportLiteral(value, urlPassword[1], "configEnv", data, entry.name, looksLikePassword);
            else if (namesPassword.test(entry.name)) reportLiteral(value, value.text, "configEnv", data, entry.name, looksLikePassword);
            else reportLiteral(value, value.text, "configEnv", data, entry.name);
          }
          // Headers named like a credential (`CONTEXT7_API_KEY`, `X-Api-Token`), beyond the usual ones the visitor checks.
          for (const entry of server.headers) {
            if (!entry.value || isReference(entry.value.text) || !namesCredential(entry.name.replace(/-/g, "_"))) continue;
            reportLiteral(entry.value, entry.value.text.replace(authorizationScheme, ""), "header", { header: entry.name }, `${server.name}_${entry.name}`.toUpperCase().replace(/[^A-Z0-9_]+/g, "_"));
          }
          // `API_KEY="…"` as an argument, and credentials inside JSON written into a value (`MCP_HEADERS`, `--config '{"apiKey": …}'`).
          for (const literal of [...server.args, ...server.env.flatMap((e) => (e.value ? [e.value] : []))]) {
            const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=["']?([^"']+)["']?$/.exec(literal.text);
            if (assignment?.[1] && assignment[2] && namesCredential(assignment[1]) && !isReference(assignment[2])) {
              reportLiteral(literal, assignment[2], "configArgument", { name: assignment[1], server: server.name }, assignment[1]);
              continue;
            }
            for (const [name, value] of jsonCredentials(literal.text)) {
              const upper = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/-/g, "_").toUpperCase();
              if (isReference(value) || !(namesCredential(upper) || context.catalogue.credentialHeaders.has(name.toLowerCase()))) continue;
              reportLiteral(literal, value.replace(authorizationScheme, ""), "configArgument", { name, server: server.name }, upper);
            }
          }
          // `mcp-remote https://… --header "X-Api-Key: <key>"`
          server.args.forEach((arg, index) => {
            const header = arg.text === "--header" ? server.args[index + 1] : undefined;
            const text = header?.text ?? (/^--header=/.test(arg.text) ? arg.text.slice("--header=".length) : undefined);
            const match = text === undefined ? undefined : /^\s*([\w-]+)\s*:\s*(.+)$/.exec(text);
            if (!match?.[1] || !match[2] || !context.catalogue.credentialHeaders.has(match[1].toLowerCase()) || isReference(match[2])) return;
            reportLiteral(header ?? arg, match[2].replace(authorizationScheme, "").trim(), "configArgument", { name: `--header ${match[1]}`, server: server.name }, `${match[1].replace(/-/g, "_").toUpperCase()}`);
          });
          // `--api-key <value>` / `--token=<value>`
          server.args.forEach((arg, index) => {
            const flag = /^--?([A-Za-z][\w-]*)(?:=(.*))?$/.exec(arg.text);
            if (!flag?.[1]) return;
            const variable = flag[1].replace(/-/g, "_").toUpperCase();
            const value = flag[2] ?? server.args[index + 1]?.text;
            const literal = flag[2] !== undefined ? arg : server.args[index + 1];
            if (value && literal && namesCredential(variable) && !isReference(value)) reportLiteral(literal, value, "configArgument", { name: `--${flag[1]}`, server: server.name }, variable);
          });
        }
      },
    };
  },
});

/** The literal an expression is, or the literal a `const` it names was initialized with. */
function literalOf(expression: ts.Expression): StringNode | undefined {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return expression;
  if (ts.isIdentifier(expression)) return constStringInitializer(expression);
  return undefined;
}

/** Properties named as credentials in an options object, looking `depth` levels deep (`credentials: { secretAccessKey }`). */
function credentialProperties(object: ts.ObjectLiteralExpression, names: readonly string[], depth: number): { name: string; value: ts.Expression }[] {
  const found: { name: string; value: ts.Expression }[] = [];
  for (const property of object.properties) {
    if (ts.isShorthandPropertyAssignment(property) && names.includes(property.name.text)) {
      found.push({ name: property.name.text, value: property.name });
    } else if (ts.isPropertyAssignment(property)) {
      const name = propertyName(property.name);
      if (name && names.includes(name)) found.push({ name, value: property.initializer });
      else if (depth > 1 && ts.isObjectLiteralExpression(property.initializer)) found.push(...credentialProperties(property.initializer, names, depth - 1));
    }
  }
  return found;
}

function propertyName(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  return undefined;
}

/** The environment variable for a header credential: the provider's, when the file uses exactly one provider's SDK. */
function headerEnvVar(context: RuleContext): string {
  const providers = new Set<string>();
  for (const module of context.imports.modules()) {
    for (const sink of context.catalogue.credentialSinks) if (sink.module === module) providers.add(sink.provider);
  }
  const only = providers.size === 1 ? context.catalogue.providers.get([...providers][0] ?? "") : undefined;
  return only?.envVar ?? "API_KEY";
}

/** Documentation hosts (`api.example.com`, `*.test`, `localhost`): a credential sent there is a sample. */
const exampleHost = /https?:\/\/(?:[\w-]+\.)*(?:example\.(?:com|org|net)|[\w-]+\.(?:example|test|invalid|localhost)|localhost|127\.0\.0\.1)(?=[:/"'`\s]|$)/;

/** A credential in the same call as a request to a documentation host: `fetch("https://api.example.com", { headers: { Authorization: "Bearer …" } })`. */
function besideExampleHost(literal: ts.Node): boolean {
  let node: ts.Node | undefined = literal.parent;
  for (let depth = 0; node && depth < 6; depth++, node = node.parent) {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const text = node.getText();
      return text.length <= 4000 && exampleHost.test(text);
    }
    if (ts.isStatement(node)) return false;
  }
  return false;
}
