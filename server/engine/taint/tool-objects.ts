import ts from "typescript";
import type { Catalogue } from "../catalogue";
import { outermostTypeWrapper, propertyNameText } from "./scope";
import { objectWithFields, type Shape } from "./shape";

/** A tool written as a plain object: `{ name: "fetch", inputSchema: { type: "object", properties: … }, handler(api, args) { … } }`. */
export interface ToolObject {
  readonly name: string;
  /**
   * A JSON schema (`{ type: "object", properties }`), or a schema library's (`z.object(…)`, a raw
   * shape `{ path: z.string() }`, `Type.Object(…)`), read as zod's.
   */
  readonly schema: ts.Expression;
  readonly schemaKind: "json" | "library";
  readonly handler: ts.FunctionLikeDeclaration;
  /** Which of the handler's parameters receives the input. */
  readonly inputIndex: number;
}

const memo = new WeakMap<ts.ObjectLiteralExpression, ToolObject | null>();

/** The tool an object literal is, when it has a constant name, a JSON schema with properties and a handler function. */
export function toolObject(object: ts.ObjectLiteralExpression, shape: Catalogue["toolObjectShape"], definitionOf: (expression: ts.Expression) => ts.Expression): ToolObject | undefined {
  const cached = memo.get(object);
  if (cached !== undefined) return cached ?? undefined;
  let name: string | undefined;
  let schema: ts.Expression | undefined;
  let schemaKind: "json" | "library" = "json";
  let handler: ts.FunctionLikeDeclaration | undefined;
  let id: string | undefined;
  let described = false;
  let unreadSchema: ts.Expression | undefined;
  let descriptor: ts.ObjectLiteralExpression | undefined;
  let emptySchema = false;
  for (const property of object.properties) {
    const key = property.name ? propertyNameText(property.name) : undefined;
    if (!key) continue;
    const written = ts.isPropertyAssignment(property) ? skipParentheses(property.initializer) : ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
    // `inputSchema: RoleAssignSchema`: a schema held in a constant, here or in another module.
    const value = written && (shape.schemaProperties as readonly string[]).includes(key) && (ts.isIdentifier(written) || ts.isPropertyAccessExpression(written)) ? skipParentheses(definitionOf(written)) : written;
    if (key === "name" && value) name = toolNameText(value);
    // `{ id: "read-file", description, inputSchema: defineSchema(…)(), execute }`: a framework's tool, named by its id.
    else if (key === "id" && value && ts.isStringLiteralLike(value)) id = value.text;
    else if (key === "description" && value && (ts.isStringLiteralLike(value) || ts.isTemplateExpression(value))) described = true;
    else if ((shape.schemaProperties as readonly string[]).includes(key) && value && ts.isObjectLiteralExpression(value) && schemaProperties(value)) schema = value;
    // `params: {}` beside a description: a tool that takes no input.
    else if ((shape.schemaProperties as readonly string[]).includes(key) && value && ts.isObjectLiteralExpression(value) && value.properties.length === 0) {
      schema = value;
      schemaKind = "library";
      emptySchema = true;
    }
    else if ((shape.schemaProperties as readonly string[]).includes(key) && value && isLibrarySchema(value, value.getSourceFile(), shape.schemaModules, definitionOf)) {
      schema = value;
      schemaKind = "library";
    }
    // `schema: { name: "browser_evaluate", inputSchema: evaluateSchema }`: the listing beside the handler.
    else if (shape.descriptorProperties.includes(key) && value && ts.isObjectLiteralExpression(value)) descriptor = value;
    else if ((shape.handlerProperties as readonly string[]).includes(key)) {
      if (ts.isMethodDeclaration(property)) handler = property;
      else if (value && (ts.isArrowFunction(value) || ts.isFunctionExpression(value))) handler = value;
    }
    // A schema of a library llmsec does not read (`defineSchema((v) => v.object(…))()`): every field open.
    else if ((shape.schemaProperties as readonly string[]).includes(key) && value && ts.isCallExpression(value)) unreadSchema = value;
  }
  if (descriptor && name === undefined && schema === undefined && handler) {
    const nested = describedListing(descriptor, shape, definitionOf);
    if (nested) ({ name, schema, schemaKind } = nested);
  }
  // Without a name, an id and a description make the object a tool only with a schema and a handler beside them.
  name ??= described ? id : undefined;
  if (emptySchema && !described) schema = undefined;
  if (!schema && unreadSchema && described) schema = unreadSchema;
  const found = name !== undefined && schema && handler ? { name, schema, schemaKind, handler, inputIndex: inputIndex(handler, schema, schemaKind) } : undefined;
  memo.set(object, found ?? null);
  return found;
}

/** A listing without a handler of its own: `{ name: "browser_evaluate", inputSchema: z.object(…) }`. */
function describedListing(object: ts.ObjectLiteralExpression, shape: Catalogue["toolObjectShape"], definitionOf: (expression: ts.Expression) => ts.Expression): { name: string; schema: ts.Expression; schemaKind: "json" | "library" } | undefined {
  let name: string | undefined;
  for (const property of object.properties) {
    const key = property.name ? propertyNameText(property.name) : undefined;
    if (!key || !ts.isPropertyAssignment(property)) continue;
    const written = skipParentheses(property.initializer);
    if (key === "name") name = ts.isStringLiteralLike(written) ? written.text : undefined;
    if (!shape.schemaProperties.includes(key)) continue;
    const value = ts.isIdentifier(written) || ts.isPropertyAccessExpression(written) ? skipParentheses(definitionOf(written)) : written;
    if (name === undefined) name = nameIn(object);
    if (name === undefined) return undefined;
    if (ts.isObjectLiteralExpression(value) && schemaProperties(value)) return { name, schema: value, schemaKind: "json" };
    if (isLibrarySchema(value, value.getSourceFile(), shape.schemaModules, definitionOf)) return { name, schema: value, schemaKind: "library" };
  }
  return undefined;
}

function nameIn(object: ts.ObjectLiteralExpression): string | undefined {
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && property.name && propertyNameText(property.name) === "name" && ts.isStringLiteralLike(property.initializer)) return property.initializer.text;
  }
  return undefined;
}

/** An input schema: a JSON schema with properties, or a schema library's (also one held in a constant). */
export function isSchemaValue(expression: ts.Expression, shape: Catalogue["toolObjectShape"], definitionOf: (expression: ts.Expression) => ts.Expression): boolean {
  const written = skipParentheses(expression);
  const value = ts.isIdentifier(written) || ts.isPropertyAccessExpression(written) ? skipParentheses(definitionOf(written)) : written;
  if (ts.isObjectLiteralExpression(value) && schemaProperties(value)) return true;
  return isLibrarySchema(value, value.getSourceFile(), shape.schemaModules, definitionOf);
}

/** The object a handler function is the handler of, if any. */
export function toolObjectOfHandler(fn: ts.Node, shape: Catalogue["toolObjectShape"], definitionOf: (expression: ts.Expression) => ts.Expression): ToolObject | undefined {
  const holder = outermostTypeWrapper(fn);
  const object = ts.isMethodDeclaration(holder) ? holder.parent : ts.isPropertyAssignment(holder.parent) ? holder.parent.parent : undefined;
  if (!object || !ts.isObjectLiteralExpression(object)) return undefined;
  const tool = toolObject(object, shape, definitionOf);
  return tool && tool.handler === fn ? tool : undefined;
}

/** The input's shape from its JSON schema: a field per property, closed ones (enums, numbers, booleans) left out. */
export function jsonSchemaShape(schema: ts.Expression): Shape {
  if (!ts.isObjectLiteralExpression(schema)) return "data";
  const fields = new Map<string, Shape>();
  for (const property of schemaProperties(schema)?.properties ?? []) {
    if (!ts.isPropertyAssignment(property)) continue;
    const key = propertyNameText(property.name);
    const spec = property.initializer;
    if (!key) continue;
    if (!ts.isObjectLiteralExpression(spec)) {
      fields.set(key, "data");
      continue;
    }
    const field = (name: string): ts.Expression | undefined => spec.properties.find((q): q is ts.PropertyAssignment => ts.isPropertyAssignment(q) && propertyNameText(q.name) === name)?.initializer;
    const type = field("type");
    const typeName = type && ts.isStringLiteralLike(type) ? type.text.toLowerCase() : undefined; // Gemini writes "STRING"
    if (field("enum") || field("const") || typeName === "number" || typeName === "integer" || typeName === "boolean") continue;
    fields.set(key, typeName === "string" ? "text" : "data");
  }
  return objectWithFields(fields);
}

/**
 * A tool's name: a literal, or `this.name` of the plugin object around it (anything-llm's aibitat:
 * `{ name: "sql-get-table-schema", plugin() { return { setup(aibitat) { aibitat.function({ name: this.name, … }) } } } }`).
 */
function toolNameText(value: ts.Expression): string | undefined {
  if (ts.isStringLiteralLike(value)) return value.text;
  if (!ts.isPropertyAccessExpression(value) || value.expression.kind !== ts.SyntaxKind.ThisKeyword) return undefined;
  for (let node: ts.Node | undefined = value.parent; node; node = node.parent) {
    if (!ts.isObjectLiteralExpression(node) || node === value.parent.parent) continue;
    for (const property of node.properties) {
      if (ts.isPropertyAssignment(property) && property.name && propertyNameText(property.name) === value.name.text && ts.isStringLiteralLike(property.initializer)) return property.initializer.text;
    }
  }
  return undefined;
}

const moduleMemo = new WeakMap<ts.SourceFile, ToolObject | null>();

/**
 * A module that is a tool by its exports (OpenClaw plugin tools, command folders):
 * `export const name = "save_artifact"`, `export const parameters = Type.Object(…)`,
 * `export async function execute(id, params) { … }`.
 */
export function toolModule(sourceFile: ts.SourceFile, shape: Catalogue["toolObjectShape"], definitionOf: (expression: ts.Expression) => ts.Expression): ToolObject | undefined {
  const cached = moduleMemo.get(sourceFile);
  if (cached !== undefined) return cached ?? undefined;
  let name: string | undefined;
  let schema: ts.Expression | undefined;
  let schemaKind: "json" | "library" = "json";
  let handler: ts.FunctionLikeDeclaration | undefined;
  const exported = (node: ts.Node): boolean => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of sourceFile.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name && statement.body && exported(statement) && (shape.moduleHandlerExports as readonly string[]).includes(statement.name.text)) handler = statement;
    if (!ts.isVariableStatement(statement) || !exported(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      const key = declaration.name.text;
      const value = skipParentheses(declaration.initializer);
      if (key === "name" && ts.isStringLiteralLike(value)) name = value.text;
      else if ((shape.moduleHandlerExports as readonly string[]).includes(key) && (ts.isArrowFunction(value) || ts.isFunctionExpression(value))) handler = value;
      else if ((shape.schemaProperties as readonly string[]).includes(key)) {
        const written = ts.isIdentifier(value) || ts.isPropertyAccessExpression(value) ? skipParentheses(definitionOf(value)) : value;
        if (ts.isObjectLiteralExpression(written) && schemaProperties(written)) schema = written;
        else if (isLibrarySchema(written, written.getSourceFile(), shape.schemaModules, definitionOf)) {
          schema = written;
          schemaKind = "library";
        }
      }
    }
  }
  const found = name !== undefined && schema && handler ? { name, schema, schemaKind, handler, inputIndex: inputIndex(handler, schema, schemaKind) } : undefined;
  moduleMemo.set(sourceFile, found ?? null);
  return found;
}

/** The tool module a top-level handler function is the handler of, if any. */
export function toolModuleOfHandler(fn: ts.Node, shape: Catalogue["toolObjectShape"], definitionOf: (expression: ts.Expression) => ts.Expression): ToolObject | undefined {
  const statement = ts.isFunctionDeclaration(fn) ? fn : ts.isVariableDeclaration(fn.parent) ? fn.parent.parent.parent : undefined;
  if (!statement || !ts.isSourceFile(statement.parent)) return undefined;
  const tool = toolModule(statement.parent, shape, definitionOf);
  return tool && tool.handler === fn ? tool : undefined;
}

/**
 * A schema library's schema: `z.object({ … })`, `Type.Object({ … })`, or a raw shape
 * `{ docs: z.array(docSchema) }` whose every field is such a call, with the library imported in the file.
 */
function isLibrarySchema(expression: ts.Expression, sourceFile: ts.SourceFile, zodModules: readonly string[], definitionOf?: (expression: ts.Expression) => ts.Expression, depth = 0): boolean {
  const zodNames = new Set<string>();
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || !zodModules.includes(statement.moduleSpecifier.text)) continue;
    const clause = statement.importClause;
    if (clause?.name) zodNames.add(clause.name.text);
    const bindings = clause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) zodNames.add(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) zodNames.add(element.name.text);
  }
  if (zodNames.size === 0 && !definitionOf) return false;
  const fromZod = (e: ts.Expression): boolean => {
    let root: ts.Expression = e;
    while (ts.isCallExpression(root) || ts.isPropertyAccessExpression(root)) root = root.expression;
    if (!ts.isIdentifier(root)) return false;
    if (zodNames.has(root.text)) return true;
    // `elementSchema.extend({ … })` with `const elementSchema = z.object({ … })`, here or in another module.
    const base = root !== e && definitionOf && depth < 3 ? skipParentheses(definitionOf(root)) : undefined;
    return base !== undefined && base !== root && isLibrarySchema(base, base.getSourceFile(), zodModules, definitionOf, depth + 1);
  };
  // A raw shape; `{ integrationIdParam }` names a schema held in a constant.
  const fieldSchema = (p: ts.ObjectLiteralElementLike): ts.Expression | undefined => (ts.isPropertyAssignment(p) ? p.initializer : ts.isShorthandPropertyAssignment(p) && definitionOf && depth < 3 ? skipParentheses(definitionOf(p.name)) : undefined);
  if (ts.isObjectLiteralExpression(expression)) return expression.properties.length > 0 && expression.properties.every((p) => { const field = fieldSchema(p); return field !== undefined && fromZod(field); });
  return ts.isCallExpression(expression) && fromZod(expression);
}

function schemaProperties(schema: ts.ObjectLiteralExpression): ts.ObjectLiteralExpression | undefined {
  const properties = schema.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyNameText(p.name) === "properties");
  return properties && ts.isObjectLiteralExpression(properties.initializer) ? properties.initializer : undefined;
}

/**
 * The parameter typed by the input's fields (`handler(api, args: FetchArgs)` with `FetchArgs`
 * declaring `url`; `execute(id: string, params: { path: string })`), else the first.
 */
function inputIndex(handler: ts.FunctionLikeDeclaration, schema: ts.Expression, kind: "json" | "library"): number {
  const fields = kind === "json" ? (ts.isObjectLiteralExpression(schema) ? schemaProperties(schema) : undefined) : libraryFields(schema);
  const names = new Set((fields?.properties ?? []).map((p) => (p.name ? propertyNameText(p.name) : undefined)).filter((n): n is string => n !== undefined));
  const index = handler.parameters.findIndex((parameter) => memberNames(parameter.type, handler.getSourceFile()).some((n) => names.has(n)));
  if (index >= 0) return index;
  // Untyped: the parameter whose fields the body reads by the schema's names (`handle: async (tab, params) => … params.function`).
  const read = handler.parameters.map(() => 0);
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && names.has(node.name.text)) {
      const at = handler.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === (node.expression as ts.Identifier).text);
      if (at >= 0) read[at] = (read[at] ?? 0) + 1;
    }
    ts.forEachChild(node, visit);
  };
  if (handler.body && names.size > 0) visit(handler.body);
  const best = read.reduce((top, count, i) => (count > (read[top] ?? 0) ? i : top), 0);
  return (read[best] ?? 0) > 0 ? best : 0;
}

/** The object literal of fields in `z.object({ … }).strict()`, `Type.Object({ … })`, or a raw shape. */
function libraryFields(schema: ts.Expression): ts.ObjectLiteralExpression | undefined {
  let expr = skipParentheses(schema);
  if (ts.isObjectLiteralExpression(expr)) return expr;
  while (ts.isCallExpression(expr)) {
    const fields = expr.arguments.find(ts.isObjectLiteralExpression);
    if (fields) return fields;
    if (!ts.isPropertyAccessExpression(expr.expression)) return undefined;
    expr = expr.expression.expression;
  }
  return undefined;
}

function memberNames(type: ts.TypeNode | undefined, sourceFile: ts.SourceFile): string[] {
  if (!type) return [];
  if (ts.isTypeLiteralNode(type)) return type.members.map((m) => (m.name ? propertyNameText(m.name) : undefined)).filter((n): n is string => n !== undefined);
  if (!ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return [];
  const name = type.typeName.text;
  for (const statement of sourceFile.statements) {
    if (ts.isInterfaceDeclaration(statement) && statement.name.text === name) return statement.members.map((m) => (m.name ? propertyNameText(m.name) : undefined)).filter((n): n is string => n !== undefined);
    if (ts.isTypeAliasDeclaration(statement) && statement.name.text === name) return memberNames(statement.type, sourceFile);
  }
  return [];
}

function skipParentheses(expression: ts.Expression): ts.Expression {
  let expr = expression;
  while (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr)) expr = expr.expression;
  return expr;
}

/**
 * Where a registration call's handler is: the first argument, or the last — unless an inline
 * function comes before trailing options (`server.tool(name, schema, async (a) => …, { title })`:
 * the SDK takes the first callback and ignores what follows).
 */
export function handlerArgumentIndex(args: readonly ts.Expression[], which: "first" | "last"): number {
  if (which === "first") return 0;
  const inline = args.findIndex((a, i) => i > 0 && (ts.isArrowFunction(a) || ts.isFunctionExpression(a)));
  return inline >= 0 ? inline : args.length - 1;
}
