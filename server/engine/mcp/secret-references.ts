import ts from "typescript";
import type { Fix, TextEdit } from "../rule";
import { valueAt, type McpConfig } from "./config";
import { environmentReference } from "./config-files";

/** VS Code's input id for a variable: `GITHUB_TOKEN` → `github-token`. */
function inputId(envVar: string): string {
  return envVar.toLowerCase().replace(/_/g, "-");
}

/** What to do instead of a literal secret in this client's config, said in a message. */
export function configRemedy(config: McpConfig, envVar: string): string {
  if (config.format === "vscode") return `reference it as \${input:${inputId(envVar)}} (VS Code asks once and keeps it in its secret store)`;
  const reference = environmentReference(config.format, envVar);
  if (reference) return `reference it as ${reference} and set ${envVar} in your environment`;
  return "keep this file out of the repository (this client expands no ${…} references)";
}

/**
 * Replaces a literal secret in an MCP config with the reference the client expands: VS Code's
 * `${input:id}` with a password input declared for it, `${env:NAME}` or `${NAME}` elsewhere.
 * Undefined where the client expands nothing.
 */
export function configReferenceFix(config: McpConfig, literal: ts.StringLiteral, token: string, envVar: string): Fix | undefined {
  const sourceFile = literal.getSourceFile();
  const reference = config.format === "vscode" ? `\${input:${inputId(envVar)}}` : environmentReference(config.format, envVar);
  if (!reference) return undefined;
  const replaced = literal.text.split(token).join(reference);
  const edits: TextEdit[] = [{ start: literal.getStart(sourceFile), end: literal.getEnd(), newText: JSON.stringify(replaced) }];
  if (config.format === "vscode") {
    const declaration = inputDeclaration(config, inputId(envVar));
    if (declaration) edits.push(declaration);
  }
  return { safety: "suggestion", description: `Replace the literal with ${reference}`, edits };
}

/** Declares a password input in `inputs` (creating the list when missing); undefined when one with that id exists. */
function inputDeclaration(config: McpConfig, id: string): TextEdit | undefined {
  const input = `{ "type": "promptString", "id": ${JSON.stringify(id)}, "description": ${JSON.stringify(`Value of ${id}`)}, "password": true }`;
  const inputs = valueAt(config.root, "inputs");
  if (inputs && ts.isArrayLiteralExpression(inputs)) {
    const declared = inputs.elements.some((element) => ts.isObjectLiteralExpression(element) && (() => {
      const value = valueAt(element, "id");
      return value !== undefined && ts.isStringLiteral(value) && value.text === id;
    })());
    if (declared) return undefined;
    const last = inputs.elements[inputs.elements.length - 1];
    if (!last) return { start: inputs.elements.pos, end: inputs.elements.pos, newText: input };
    return { start: last.end, end: last.end, newText: `, ${input}` };
  }
  if (inputs) return undefined; // something other than a list: leave it to a person
  const at = config.root.properties.pos;
  return { start: at, end: at, newText: `\n  "inputs": [${input}],` };
}
