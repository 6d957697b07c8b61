import ts from "typescript";
import type { ZodShape } from "../taint/evaluator";
import { propertyNameText } from "../taint/scope";
import type { Step } from "../taint/value";
import type { ToolParameter } from "./inventory";

/** A tool's parameters as the inventory shows them, and the name a flow's parameter goes by. */

/** The first declared parameter a flow's steps name (`assigned to 'job_id'`), for input read from a whole arguments object. */
export function namedInSteps(steps: readonly Step[], names: ReadonlySet<string> | undefined): string | undefined {
  for (const step of steps) {
    for (const match of step.message.matchAll(/'([\w$]+)'/g)) if (match[1] !== undefined && names?.has(match[1])) return match[1];
  }
  return undefined;
}

export function guessParameter(arg: ts.Expression, names: ReadonlySet<string> | undefined): string | undefined {
  let found: string | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isPropertyAccessExpression(node) && (!names || names.has(node.name.text))) found = node.name.text;
    else if (ts.isIdentifier(node) && names?.has(node.text)) found = node.text;
    else ts.forEachChild(node, visit);
  };
  visit(arg);
  return found;
}

export function zodConstraint(schema: ts.Expression, shape: ZodShape): string {
  const text = schema.getText();
  const enumMatch = /\.enum\(\s*\[([^\]]*)\]/.exec(text);
  if (enumMatch?.[1]) return `enum(${enumMatch[1].split(",").map((v) => v.trim().replace(/^["'`]|["'`]$/g, "")).filter(Boolean).join("|")})`;
  // zod's and Valibot's builders are lower case, TypeBox's capitalized (`Type.Literal`, `Type.String({ pattern })`).
  if (/\.literal\(/i.test(text)) return "literal";
  if (/\.number\(|\.int\(|\.integer\(/i.test(text)) return "number";
  if (/\.boolean\(/i.test(text)) return "boolean";
  if (/\.regex\(|\.String\(\s*\{[^}]*\bpattern\s*:/.test(text)) return shape === "closed" ? "pattern" : "pattern (unanchored)";
  if (/\.(uuid|email|url|datetime|ip|cuid2?|ulid)\(/.test(text)) return `format(${/\.(uuid|email|url|datetime|ip|cuid2?|ulid)\(/.exec(text)?.[1] ?? ""})`;
  if (/\.array\(/i.test(text)) return "array";
  if (/\.object\(/i.test(text)) return "object";
  if (/\.string\(/i.test(text)) return "string";
  return shape === "closed" ? "closed" : "any";
}

/** Parameters of a JSON-schema `{ type: "object", properties: { … } }`. */
export function jsonSchemaParameters(schema: ts.Expression): ToolParameter[] {
  if (!ts.isObjectLiteralExpression(schema)) return [];
  const properties = schema.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyNameText(p.name) === "properties");
  if (!properties || !ts.isObjectLiteralExpression(properties.initializer)) return [];
  return properties.initializer.properties.filter(ts.isPropertyAssignment).map((p) => {
    const name = propertyNameText(p.name) ?? "?";
    const spec = p.initializer;
    if (!ts.isObjectLiteralExpression(spec)) return { name, constraint: "any", free: true };
    const field = (key: string): ts.Expression | undefined => spec.properties.find((q): q is ts.PropertyAssignment => ts.isPropertyAssignment(q) && propertyNameText(q.name) === key)?.initializer;
    const enumValues = field("enum");
    if (enumValues && ts.isArrayLiteralExpression(enumValues)) return { name, constraint: `enum(${enumValues.elements.map((e) => (ts.isStringLiteralLike(e) ? e.text : e.getText())).join("|")})`, free: false };
    const type = field("type");
    const typeName = type && ts.isStringLiteralLike(type) ? type.text.toLowerCase() : "any"; // Gemini writes "STRING"
    if (typeName === "number" || typeName === "integer" || typeName === "boolean") return { name, constraint: typeName, free: false };
    const pattern = field("pattern");
    if (pattern && ts.isStringLiteralLike(pattern) && /^\^.*\$$/.test(pattern.text)) return { name, constraint: "pattern", free: false };
    return { name, constraint: typeName, free: true };
  });
}
