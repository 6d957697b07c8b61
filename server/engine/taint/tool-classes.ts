import ts from "typescript";
import type { ToolClass } from "../../../rules/catalogue";
import type { ImportRef } from "./value";
import { propertyNameText } from "./scope";

/** A tool class of a project: which SDK's, its name, its schema and the method that runs a call. */
export interface ToolClassInfo {
  readonly entry: ToolClass;
  readonly name: string;
  readonly schema?: ts.Expression;
  readonly handler: ts.MethodDeclaration;
}

/**
 * `class SearchTool extends StructuredTool { name = "search"; schema = z.object(…); async _call(input) { … } }`,
 * `class RunTool extends MCPTool { name = "run"; schema = { cmd: { type: z.string() } }; async execute(input) { … } }`.
 */
export function toolClassOf(cls: ts.ClassLikeDeclaration, toolClasses: readonly ToolClass[], refsOf: (expression: ts.Expression) => readonly ImportRef[]): ToolClassInfo | undefined {
  const heritage = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  if (!heritage || !ts.isIdentifier(heritage)) return undefined;
  const candidates = toolClasses.filter((entry) => entry.bases.includes(heritage.text));
  if (candidates.length === 0) return undefined;
  const modules = refsOf(heritage).map((r) => r.module);
  const entry = candidates.find((c) => modules.some((module) => c.modules.some((m) => (m.endsWith("/") ? module.startsWith(m) : module === m || module.startsWith(`${m}/`)))));
  if (!entry) return undefined;
  let name = cls.name?.text ?? "tool";
  let schema: ts.Expression | undefined;
  let handler: ts.MethodDeclaration | undefined;
  for (const member of cls.members) {
    const memberName = member.name ? propertyNameText(member.name) : undefined;
    if (ts.isPropertyDeclaration(member) && memberName === "name" && member.initializer && ts.isStringLiteralLike(member.initializer)) name = member.initializer.text;
    if (ts.isPropertyDeclaration(member) && memberName === entry.schema && member.initializer) schema = member.initializer;
    if (ts.isMethodDeclaration(member) && memberName === entry.handler) handler = member;
  }
  return handler ? { entry, name, handler, ...(schema ? { schema } : {}) } : undefined;
}

/** mcp-framework's `{ cmd: { type: z.string(), description } }`: each field's schema, or undefined for a zod schema. */
export function fieldTypeSchemas(schema: ts.Expression): ReadonlyMap<string, ts.Expression> | undefined {
  if (!ts.isObjectLiteralExpression(schema)) return undefined;
  const fields = new Map<string, ts.Expression>();
  for (const property of schema.properties) {
    if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) return undefined;
    const type = property.initializer.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyNameText(p.name) === "type");
    const name = propertyNameText(property.name);
    if (!type || !name) return undefined;
    fields.set(name, type.initializer);
  }
  return fields;
}
