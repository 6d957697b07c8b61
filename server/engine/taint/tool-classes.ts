import ts from "typescript";
import type { ToolClass } from "../catalogue";
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
export function toolClassOf(cls: ts.ClassLikeDeclaration, toolClasses: readonly ToolClass[], refsOf: (expression: ts.Expression) => readonly ImportRef[], classesOf?: (expression: ts.Expression) => readonly ts.ClassLikeDeclaration[]): ToolClassInfo | undefined {
  // `class SearchTool extends BaseTool` with `abstract class BaseTool extends StructuredTool` in the project:
  // the chain up to the SDK's base; members are looked for from the class itself upwards.
  const chain: ts.ClassLikeDeclaration[] = [cls];
  let entry: ToolClass | undefined;
  for (let current: ts.ClassLikeDeclaration | undefined = cls; current && chain.length <= maxBaseDepth; ) {
    const heritage: ts.Expression | undefined = current.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
    if (!heritage || !ts.isIdentifier(heritage)) return undefined;
    const candidates = toolClasses.filter((e) => e.bases.includes(heritage.text));
    const modules = candidates.length > 0 ? refsOf(heritage).map((r) => r.module) : [];
    entry = candidates.find((c) => modules.some((module) => c.modules.some((m) => (m.endsWith("/") ? module.startsWith(m) : module === m || module.startsWith(`${m}/`)))));
    if (entry) break;
    const base: ts.ClassLikeDeclaration | undefined = classesOf?.(heritage)[0];
    if (!base || chain.includes(base)) return undefined;
    chain.push(base);
    current = base;
  }
  if (!entry) return undefined;
  const found = entry;
  // The class's own handler: one inherited from a project base is that base's (an abstract base is no tool).
  const handler = cls.members.find((m): m is ts.MethodDeclaration => ts.isMethodDeclaration(m) && m.body !== undefined && m.name !== undefined && propertyNameText(m.name) === found.handler);
  if (!handler || (ts.canHaveModifiers(cls) && (ts.getModifiers(cls) ?? []).some((m) => m.kind === ts.SyntaxKind.AbstractKeyword))) return undefined;
  const nameNode = firstOf(chain, (c) => firstOf(found.name, (path) => memberAt(c, path)));
  const name = nameNode && ts.isStringLiteralLike(nameNode) ? nameNode.text : (cls.name?.text ?? "tool");
  const schema = firstOf(chain, (c) => firstOf(found.schema, (path) => memberAt(c, path)));
  return { entry, name, handler, ...(schema ? { schema } : {}) };
}

/** How many project classes may stand between a tool class and the SDK's base. */
const maxBaseDepth = 4;

/** `schema` (a field's initializer), `getName()` (what the method returns), `getConfig().inputSchema` (a field of that). */
function memberAt(cls: ts.ClassLikeDeclaration, path: string): ts.Expression | undefined {
  const [head, ...rest] = path.split(".");
  if (!head) return undefined;
  const called = head.endsWith("()");
  const memberName = called ? head.slice(0, -2) : head;
  const member = cls.members.find((m) => m.name !== undefined && propertyNameText(m.name) === memberName);
  let value: ts.Expression | undefined;
  if (!called && member && ts.isPropertyDeclaration(member)) value = member.initializer;
  if (called && member && ts.isMethodDeclaration(member) && member.body) {
    const returns = member.body.statements.filter(ts.isReturnStatement);
    value = returns.length === 1 ? returns[0]?.expression : undefined;
  }
  for (const field of rest) {
    while (value && (ts.isParenthesizedExpression(value) || ts.isAsExpression(value) || ts.isSatisfiesExpression(value))) value = value.expression;
    if (!value || !ts.isObjectLiteralExpression(value)) return undefined;
    const property = value.properties.find((p) => p.name !== undefined && propertyNameText(p.name) === field);
    value = property && ts.isPropertyAssignment(property) ? property.initializer : property && ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
  }
  return value;
}

function firstOf<T, I>(items: readonly I[], find: (item: I) => T | undefined): T | undefined {
  for (const item of items) {
    const found = find(item);
    if (found !== undefined) return found;
  }
  return undefined;
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
