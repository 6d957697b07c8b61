import ts from "typescript";
import type { ToolDefinition } from "../catalogue";
import { propertyNameText } from "./scope";
import { handlerArgumentIndex } from "./tool-objects";

/**
 * Tools registered by a base class for each of its subclasses (the template method): the base's
 * `register(server)` calls `server.registerTool(this.name, { inputSchema: this.argsShape }, this.invoke.bind(this))`,
 * `invoke` calls the abstract `this.execute(args)`, and every concrete subclass is one tool with
 * its own name, schema and `execute`.
 */
export interface TemplateRegistration {
  readonly definition: ToolDefinition;
  /** The member of `this` holding the name (`name`, `toolName`), if the registration reads one. */
  readonly nameMember: string | undefined;
  /** The member of `this` holding the input schema (`argsShape`). */
  readonly schemaMember: string | undefined;
  /** The method each subclass implements that receives the model's input (`execute`). */
  readonly handlerMethod: string;
}

export interface TemplateTool {
  readonly registration: TemplateRegistration;
  readonly cls: ts.ClassLikeDeclaration;
  readonly name: string;
  readonly schema: ts.Expression | undefined;
  readonly handler: ts.MethodDeclaration;
}

export interface TemplateLookups {
  readonly registrations: (call: ts.CallExpression | ts.NewExpression) => readonly { definition: ToolDefinition; args: readonly ts.Expression[] }[];
  readonly classesOf: (expression: ts.Expression) => readonly ts.ClassLikeDeclaration[];
  readonly definitionOf: (expression: ts.Expression) => ts.Expression;
}

const registrationMemo = new WeakMap<ts.ClassLikeDeclaration, TemplateRegistration | null>();
const toolMemo = new WeakMap<ts.ClassLikeDeclaration, TemplateTool | null>();
/** How many classes above a tool its registering base may be. */
const maxDepth = 5;

/** The registration a class makes for `this`, if one of its methods registers `this` as a tool. */
export function templateRegistration(cls: ts.ClassLikeDeclaration, lookups: TemplateLookups): TemplateRegistration | undefined {
  const cached = registrationMemo.get(cls);
  if (cached !== undefined) return cached ?? undefined;
  registrationMemo.set(cls, null);
  let found: TemplateRegistration | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && /registerTool|\.tool\b|addTool/.test(node.expression.getText())) {
      for (const { definition, args } of lookups.registrations(node)) {
        const registration = fromRegistration(cls, definition, args, lookups);
        if (registration) {
          found = registration;
          return;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const member of cls.members) if ((ts.isMethodDeclaration(member) || ts.isConstructorDeclaration(member)) && member.body) visit(member.body);
  registrationMemo.set(cls, found ?? null);
  return found;
}

/** The tool a concrete class is, when a base class above it registers `this` and it implements the handler. */
export function templateToolOf(cls: ts.ClassLikeDeclaration, lookups: TemplateLookups): TemplateTool | undefined {
  const cached = toolMemo.get(cls);
  if (cached !== undefined) return cached ?? undefined;
  toolMemo.set(cls, null);
  const isAbstract = ts.canHaveModifiers(cls) && (ts.getModifiers(cls) ?? []).some((m) => m.kind === ts.SyntaxKind.AbstractKeyword);
  const chain: ts.ClassLikeDeclaration[] = [cls];
  // A concrete class that registers itself (`server.tool(this.name, schema, this.run.bind(this))`) is its own tool.
  let registration: TemplateRegistration | undefined = isAbstract ? undefined : templateRegistration(cls, lookups);
  for (let current = cls; !isAbstract && !registration && chain.length <= maxDepth; ) {
    const heritage = current.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
    const base = heritage ? lookups.classesOf(heritage)[0] : undefined;
    if (!base || chain.includes(base)) break;
    chain.push(base);
    registration = templateRegistration(base, lookups);
    if (registration) break;
    current = base;
  }
  const handler = registration ? ownMethod(cls, registration.handlerMethod) : undefined;
  if (!registration || !handler) return undefined;
  const nameNode = registration.nameMember ? memberValue(chain, registration.nameMember, lookups) : undefined;
  const staticName = nameNode && ts.isStringLiteralLike(nameNode) ? nameNode : staticString(chain);
  const schema = registration.schemaMember ? memberValue(chain, registration.schemaMember, lookups) : undefined;
  const tool: TemplateTool = { registration, cls, name: staticName?.text ?? cls.name?.text ?? "tool", schema, handler };
  toolMemo.set(cls, tool);
  return tool;
}

/** The template tool a method is the handler of. */
export function templateToolOfHandler(method: ts.MethodDeclaration, lookups: TemplateLookups): TemplateTool | undefined {
  const cls = method.parent;
  if (!ts.isClassLike(cls)) return undefined;
  const tool = templateToolOf(cls, lookups);
  return tool?.handler === method ? tool : undefined;
}

/** Whether a registration call registers `this` under its own name (`this.name`, a method of `this`): a template, not a tool of its own. */
export function registersThis(handler: ts.Expression | undefined, name: ts.Expression | undefined): boolean {
  return handler !== undefined && name !== undefined && thisMethodOf(handler) !== undefined && thisMember(name) !== undefined;
}

function fromRegistration(cls: ts.ClassLikeDeclaration, definition: ToolDefinition, args: readonly ts.Expression[], lookups: TemplateLookups): TemplateRegistration | undefined {
  const handlerExpression = "argument" in definition.handler ? args[handlerArgumentIndex(args, definition.handler.argument)] : propertyOf(args, definition.handler.property, lookups);
  const entered = handlerExpression ? thisMethodOf(handlerExpression) : undefined;
  if (!entered) return undefined;
  // `invoke(args)` that calls the abstract `this.execute(args, ctx)`: the subclasses' `execute` takes the input.
  const method = ownMethod(cls, entered);
  const delegated = method ? abstractCallee(cls, method) : undefined;
  const nameMember = args[0] ? thisMember(args[0]) : undefined;
  if (!nameMember) return undefined;
  let schemaExpression: ts.Expression | undefined;
  const schema = definition.schema;
  if ("argument" in schema) {
    const index = args.indexOf(handlerExpression!);
    schemaExpression = index > 0 ? args[index - 1] : undefined;
  } else schemaExpression = propertyOf(schema.argumentIndex !== undefined ? args.slice(schema.argumentIndex, schema.argumentIndex + 1) : args, schema.property, lookups);
  const schemaMember = schemaExpression ? thisMember(schemaExpression) : undefined;
  return { definition, nameMember, schemaMember, handlerMethod: delegated ?? entered };
}

/** `this.invoke.bind(this)`, `this.invoke`, `(args, extra) => this.invoke(args, extra)`: the method of `this` entered. */
function thisMethodOf(expression: ts.Expression): string | undefined {
  let expr = unwrap(expression);
  if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && expr.expression.name.text === "bind") expr = unwrap(expr.expression.expression);
  const direct = thisMember(expr);
  if (direct) return direct;
  if (!ts.isArrowFunction(expr) && !ts.isFunctionExpression(expr)) return undefined;
  const first = expr.parameters[0];
  const body = ts.isBlock(expr.body) ? expr.body.statements.find((s): s is ts.ReturnStatement => ts.isReturnStatement(s))?.expression : expr.body;
  let call = body ? unwrap(body) : undefined;
  if (call && ts.isAwaitExpression(call)) call = unwrap(call.expression);
  if (!call || !ts.isCallExpression(call) || !first || !ts.isIdentifier(first.name)) return undefined;
  const passesInput = call.arguments.some((a) => ts.isIdentifier(a) && a.text === (first.name as ts.Identifier).text);
  return passesInput ? thisMember(call.expression) : undefined;
}

/** The abstract method of the class a method hands its first parameter to: `this.execute(args, context)`. */
function abstractCallee(cls: ts.ClassLikeDeclaration, method: ts.MethodDeclaration): string | undefined {
  const first = method.parameters[0];
  if (!first || !ts.isIdentifier(first.name) || !method.body) return undefined;
  const input = first.name.text;
  let found: string | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && node.arguments.some((a) => ts.isIdentifier(a) && a.text === input)) {
      const name = thisMember(node.expression);
      const declared = name ? cls.members.find((m) => ts.isMethodDeclaration(m) && m.name !== undefined && propertyNameText(m.name) === name) : undefined;
      if (declared && ts.isMethodDeclaration(declared) && !declared.body) found = name;
    }
    ts.forEachChild(node, visit);
  };
  visit(method.body);
  return found;
}

function ownMethod(cls: ts.ClassLikeDeclaration, name: string): ts.MethodDeclaration | undefined {
  return cls.members.find((m): m is ts.MethodDeclaration => ts.isMethodDeclaration(m) && m.body !== undefined && m.name !== undefined && propertyNameText(m.name) === name);
}

/** A member's value, from the class itself upwards: a field's initializer, or what a getter returns. */
function memberValue(chain: readonly ts.ClassLikeDeclaration[], name: string, lookups: TemplateLookups): ts.Expression | undefined {
  for (const cls of chain) {
    for (const member of cls.members) {
      if (!member.name || propertyNameText(member.name) !== name) continue;
      if (ts.isPropertyDeclaration(member) && member.initializer) return lookups.definitionOf(member.initializer);
      if (ts.isGetAccessorDeclaration(member) && member.body) {
        const returned = member.body.statements.find((s): s is ts.ReturnStatement => ts.isReturnStatement(s))?.expression;
        // `get name() { return (this.constructor as ToolClass).toolName }`: the class's static field.
        const staticMember = returned ? constructorMember(returned) : undefined;
        if (staticMember) return memberValue(chain, staticMember, lookups);
        if (returned) return lookups.definitionOf(returned);
      }
    }
  }
  return undefined;
}

/** A static string field of the class that names it (`static toolName = "atlas-streams-teardown"`). */
function staticString(chain: readonly ts.ClassLikeDeclaration[]): ts.StringLiteralLike | undefined {
  const own = chain[0];
  const fields = own ? own.members.filter((m): m is ts.PropertyDeclaration => ts.isPropertyDeclaration(m) && (ts.getModifiers(m) ?? []).some((k) => k.kind === ts.SyntaxKind.StaticKeyword) && m.initializer !== undefined && ts.isStringLiteralLike(m.initializer)) : [];
  // Only a label: with several (`static operationType = "delete"`), the one named for it.
  const field = fields.length === 1 ? fields[0] : fields.find((f) => ["toolName", "name", "TOOL_NAME", "NAME"].includes(propertyNameText(f.name) ?? ""));
  return field?.initializer as ts.StringLiteralLike | undefined;
}

function constructorMember(expression: ts.Expression): string | undefined {
  const expr = unwrap(expression);
  if (!ts.isPropertyAccessExpression(expr)) return undefined;
  const object = unwrap(expr.expression);
  return ts.isPropertyAccessExpression(object) && object.name.text === "constructor" && object.expression.kind === ts.SyntaxKind.ThisKeyword ? expr.name.text : undefined;
}

function thisMember(expression: ts.Expression): string | undefined {
  const expr = unwrap(expression);
  return ts.isPropertyAccessExpression(expr) && expr.expression.kind === ts.SyntaxKind.ThisKeyword ? expr.name.text : undefined;
}

function propertyOf(args: readonly ts.Expression[], names: readonly string[], lookups: TemplateLookups): ts.Expression | undefined {
  for (const arg of args) {
    const object = unwrap(ts.isIdentifier(unwrap(arg)) ? lookups.definitionOf(arg) : arg);
    if (!ts.isObjectLiteralExpression(object)) continue;
    for (const property of object.properties) {
      const key = property.name ? propertyNameText(property.name) : undefined;
      if (key && names.includes(key) && ts.isPropertyAssignment(property)) return property.initializer;
    }
  }
  return undefined;
}

function unwrap(expression: ts.Expression): ts.Expression {
  let expr = expression;
  while (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr) || ts.isNonNullExpression(expr) || ts.isTypeAssertionExpression(expr)) expr = expr.expression;
  return expr;
}
