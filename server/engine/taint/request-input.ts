import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { emptyObject, merge, objectWithFields, shapeFromPaths, type Shape } from "./shape";
import { outermostTypeWrapper } from "./scope";
import type { ImportRef } from "./value";

/** A parameter that holds what a remote caller sent, and how it is described in a finding. */
export interface RequestParameter {
  readonly shape: Shape;
  /**
   * The schema of the route's validator middleware: what `c.req.valid(…)` returns
   * (`zValidator("json", schema)`), or what `req.body` holds after a project's `validate(schema)`
   * middleware parsed it.
   */
  readonly validatedBy?: { readonly schema: ts.Expression; readonly target: "valid" | "body" };
  /** "POST handler of api/chat/route.ts (App Router)", "server action updateProfile()". */
  readonly label: string;
  /** The kind of SDK value the parameter also is (Slack Bolt's handler arguments hold its `client`). */
  readonly kind?: string;
}

/** Where a handler is registered: `app.post("/chat", …, handler)`, and the route's description. */
export interface RouteRegistration {
  readonly route: string;
  readonly call: ts.CallExpression;
}

export interface RequestInputLookups {
  /** The module exports an expression is (for decorators). */
  readonly refsOf: (expression: ts.Expression) => readonly ImportRef[];
  /** The functions an expression may be, and the expression a name stands for (for validator middleware). */
  readonly functionsOf: (expression: ts.Expression) => readonly ts.SignatureDeclaration[];
  readonly definitionOf: (expression: ts.Expression) => ts.Expression;
  /** The kinds of SDK client an expression is (for chat bots' handlers). */
  readonly kindsOf: (expression: ts.Expression) => readonly string[];
  /** Handlers registered by reference anywhere in the project (`router.post("/x", asyncHandler(chat))`). */
  readonly registeredHandler: ((fn: ts.SignatureDeclaration) => RouteRegistration | undefined) | undefined;
  /** Chat-bot handlers registered by reference (`app.event(name, execute)`), with what their first parameter holds. */
  readonly registeredBotHandler?: ((fn: ts.SignatureDeclaration) => RequestParameter | undefined) | undefined;
}

/** What the catalogue says about request input (see rules/catalogue/request-sources.ts). */
export interface RequestSourcesSpec {
  /** What a handler's request parameter holds, for every framework at once, in the path notation of shape.ts. */
  readonly requestObjectReads: readonly string[];
  /** What `c.req.valid(…)` holds when no validator middleware says. */
  readonly unvalidatedReads: readonly string[];
  /** The second argument of a Next.js App Router handler. */
  readonly routeContextReads: readonly string[];
  /** What a server action or a socket event receives. */
  readonly callerValueReads: readonly string[];
  readonly routeRegistrationMethods: readonly string[];
  readonly httpMethodExports: readonly string[];
  readonly routeModuleExports: readonly string[];
  readonly requestParameterDecorators: { readonly modules: readonly string[]; readonly names: readonly string[] };
  readonly socketConnectionEvents: readonly string[];
  /** Handlers a chat bot registers on a client of `kind`: what the chat's users wrote, in `reads`. */
  readonly chatBotHandlers: readonly { readonly kind: string; readonly methods: readonly string[]; readonly events?: readonly string[]; readonly reads: readonly string[]; /** The kind the handler's argument is, for the SDK clients it holds. */ readonly argumentKind?: string }[];
  /** Validator middleware whose argument 1 is the schema (`zValidator("json", schema)`). */
  readonly validatorMiddleware: readonly { readonly module: string; readonly exportName: string }[];
}

/** The catalogue's request sources, read once into shapes and sets. */
export class RequestSources {
  readonly requestShape: Shape;
  private readonly requestShapeValidated: Shape;
  private readonly requestShapeWithoutBody: Shape;
  readonly contextShape: Shape;
  readonly callerValueShape: Shape;
  readonly methodExports: ReadonlySet<string>;
  readonly moduleExports: ReadonlySet<string>;
  readonly registrationMethods: ReadonlySet<string>;
  readonly connectionEvents: ReadonlySet<string>;
  readonly chatBotShapes: ReadonlyMap<string, Shape>;

  constructor(readonly spec: RequestSourcesSpec) {
    this.chatBotShapes = new Map(spec.chatBotHandlers.map((handler) => [handler.kind, shapeFromPaths(handler.reads) as Shape]));
    this.requestShapeValidated = shapeFromPaths(spec.requestObjectReads) as Shape;
    this.requestShape = merge(this.requestShapeValidated, shapeFromPaths(spec.unvalidatedReads) as Shape);
    this.requestShapeWithoutBody = merge(shapeFromPaths(spec.requestObjectReads.filter((read) => !/^body\b/.test(read))) as Shape, shapeFromPaths(spec.unvalidatedReads) as Shape);
    this.contextShape = shapeFromPaths(spec.routeContextReads) as Shape;
    this.callerValueShape = shapeFromPaths(spec.callerValueReads) as Shape;
    this.methodExports = new Set(spec.httpMethodExports);
    this.moduleExports = new Set(spec.routeModuleExports);
    this.registrationMethods = new Set(spec.routeRegistrationMethods);
    this.connectionEvents = new Set(spec.socketConnectionEvents);
  }

  /** The request shape of a route whose validator middleware returns `validated` from `c.req.valid(…)`, or leaves it in `req.body`. */
  validatedRequestShape(validated: Shape, target: "valid" | "body"): Shape {
    if (target === "body") return merge(this.requestShapeWithoutBody, objectWithFields(new Map([["body", validated]])));
    return merge(this.requestShapeValidated, objectWithFields(new Map([["req", { ...emptyObject, methods: new Map([["valid", validated]]) }]])));
  }
}

/**
 * Whether a function's parameter receives request input: the request of a route handler (a
 * Next.js, SvelteKit or Remix route file, or `app.post("/path", handler)` of Express, Hono,
 * Fastify, Koa), an argument of a `"use server"` action, a NestJS `@Body()` parameter, or the
 * payload of a socket event. Found by where the function is, never by its parameters' names.
 */
export function requestParameter(sources: RequestSources, fn: ts.SignatureDeclaration, index: number, parameter: ts.ParameterDeclaration, lookups: RequestInputLookups): RequestParameter | undefined {
  const decorated = decoratedParameter(sources, parameter, lookups);
  if (decorated) return decorated;
  const action = serverAction(fn);
  if (action) return { shape: sources.callerValueShape, label: `server action ${action}()` };
  const file = fileRoute(sources, fn);
  if (file) {
    if (index === 0) return { shape: sources.requestShape, label: file };
    if (index === 1 && file.includes("App Router")) return { shape: sources.contextShape, label: file };
    return undefined;
  }
  if (index === 0) {
    const registration = registeredRoute(sources, fn, lookups);
    if (registration) {
      const validatedBy = validatorSchema(sources, registration.call, lookups);
      return { shape: sources.requestShape, label: registration.route, ...(validatedBy ? { validatedBy } : {}) };
    }
  }
  const socket = socketPayload(sources, fn, index);
  if (socket) return { shape: sources.callerValueShape, label: socket };
  return index === 0 ? (chatBotPayload(sources, fn, lookups) ?? lookups.registeredBotHandler?.(fn)) : undefined;
}

/** `app.event("app_mention", async ({ event }) => …)` of a Slack, Discord or Telegram bot client: its first parameter holds what a chat user wrote. */
function chatBotPayload(sources: RequestSources, fn: ts.SignatureDeclaration, lookups: RequestInputLookups): RequestParameter | undefined {
  const self = outermostTypeWrapper(fn) as ts.Expression;
  const call = self.parent;
  if (!ts.isCallExpression(call) || call.arguments[call.arguments.length - 1] !== self || !ts.isPropertyAccessExpression(call.expression)) return undefined;
  return chatBotRegistration(sources, call, lookups.kindsOf, lookups.definitionOf);
}

/** What the handlers a bot registration call is given receive: `app.event("app_mention", …)` on a Slack Bolt app. */
function chatBotRegistration(sources: RequestSources, call: ts.CallExpression, kindsOf: RequestInputLookups["kindsOf"], definitionOf: RequestInputLookups["definitionOf"]): RequestParameter | undefined {
  if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
  const method = call.expression.name.text;
  const handlers = sources.spec.chatBotHandlers.filter((h) => h.methods.includes(method));
  if (handlers.length === 0) return undefined;
  const event = call.arguments[0];
  // The event's name may be a constant exported beside the handler (`app.event(messageCreateName, execute)`).
  const named = event && (ts.isIdentifier(event) || ts.isPropertyAccessExpression(event)) ? definitionOf(event) : event;
  const eventName = named && ts.isStringLiteralLike(named) ? named.text : undefined;
  const kinds = kindsOf(call.expression.expression);
  for (const handler of handlers) {
    if (!kinds.includes(handler.kind)) continue;
    if (handler.events && (eventName === undefined || !handler.events.includes(eventName))) continue;
    const shape = sources.chatBotShapes.get(handler.kind);
    if (shape) return { shape, label: `${method}(${eventName ? `"${eventName}"` : ""}) handler of a chat bot`, ...(handler.argumentKind ? { kind: handler.argumentKind } : {}) };
  }
  return undefined;
}

/** A project that imports a chat-bot SDK: only its files can register bot handlers by reference. */
const chatBotImportText = /["'](?:@slack\/bolt|discord\.js|grammy|telegraf|node-telegram-bot-api)["']/;

/**
 * Chat-bot handlers registered by reference: `app.event(messageCreateName, messageCreateExecute)`
 * with the handler imported from its own module, the common layout of bots with one file per event.
 */
export class BotHandlerIndex {
  private readonly byFile = new Map<string, Map<ts.SignatureDeclaration, RequestParameter>>();

  constructor(
    private readonly sources: RequestSources,
    private readonly filesMatching: (pattern: RegExp) => ReadonlySet<string>,
    private readonly filesSeeing: (fn: ts.SignatureDeclaration) => readonly string[],
    private readonly load: (file: string) => ts.SourceFile | undefined,
    private readonly functionsOf: (expression: ts.Expression) => readonly ts.SignatureDeclaration[],
    private readonly kindsOf: RequestInputLookups["kindsOf"],
    private readonly definitionOf: RequestInputLookups["definitionOf"],
  ) {}

  registrationOf(fn: ts.SignatureDeclaration): RequestParameter | undefined {
    const registering = this.filesMatching(chatBotImportText);
    if (registering.size === 0) return undefined;
    if (!registering.has(fn.getSourceFile().fileName) && !mayBeExported(fn)) return undefined;
    for (const file of this.filesSeeing(fn)) {
      if (!registering.has(file)) continue;
      const found = this.registrationsIn(file).get(fn);
      if (found) return found;
    }
    return undefined;
  }

  private registrationsIn(file: string): Map<ts.SignatureDeclaration, RequestParameter> {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    const handlers = new Map<ts.SignatureDeclaration, RequestParameter>();
    this.byFile.set(file, handlers);
    const sourceFile = this.load(file);
    if (!sourceFile) return handlers;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && node.arguments.length >= 1) {
        const last = node.arguments[node.arguments.length - 1] as ts.Expression;
        if (!ts.isFunctionLike(last) && (ts.isIdentifier(last) || ts.isPropertyAccessExpression(last))) {
          const registration = chatBotRegistration(this.sources, node, this.kindsOf, this.definitionOf);
          if (registration) for (const handler of this.functionsOf(last)) if (!handlers.has(handler)) handlers.set(handler, registration);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    return handlers;
  }
}

/** `@Body() dto`, `@Query("q") q` of a NestJS controller method. */
function decoratedParameter(sources: RequestSources, parameter: ts.ParameterDeclaration, lookups: RequestInputLookups): RequestParameter | undefined {
  const decorators = ts.canHaveDecorators(parameter) ? (ts.getDecorators(parameter) ?? []) : [];
  for (const decorator of decorators) {
    const expression = decorator.expression;
    const callee = ts.isCallExpression(expression) ? expression.expression : expression;
    const decorators = sources.spec.requestParameterDecorators;
    const ref = lookups.refsOf(callee).find((r) => decorators.modules.includes(r.module) && decorators.names.includes(r.exportName) && r.members.length === 0);
    if (ref) return { shape: ref.exportName === "Req" || ref.exportName === "Request" ? sources.requestShape : sources.callerValueShape, label: `@${ref.exportName}() parameter` };
  }
  return undefined;
}

/** The name of a `"use server"` action: an exported function of a `"use server"` module, or a function whose body starts with the directive. */
function serverAction(fn: ts.SignatureDeclaration): string | undefined {
  const body = "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
  if (body && ts.isBlock(body) && hasUseServer(body.statements)) return functionName(fn) ?? "anonymous";
  const sourceFile = fn.getSourceFile();
  if (!hasUseServer(sourceFile.statements)) return undefined;
  const statement = topLevelStatement(fn);
  if (!statement || !isExported(statement)) return undefined;
  return functionName(fn) ?? "default";
}

function hasUseServer(statements: ts.NodeArray<ts.Statement>): boolean {
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === "use server") return true;
  }
  return false;
}

/** The top-level statement that declares a function: `export async function f`, `export const f = async () => …`. */
function topLevelStatement(fn: ts.SignatureDeclaration): ts.Statement | undefined {
  if (ts.isFunctionDeclaration(fn) && ts.isSourceFile(fn.parent)) return fn;
  const holder = outermostTypeWrapper(fn).parent;
  if (holder && ts.isVariableDeclaration(holder) && ts.isVariableDeclarationList(holder.parent) && ts.isVariableStatement(holder.parent.parent) && ts.isSourceFile(holder.parent.parent.parent)) return holder.parent.parent;
  if (holder && ts.isExportAssignment(holder)) return holder;
  return undefined;
}

function isExported(statement: ts.Statement): boolean {
  if (ts.isExportAssignment(statement)) return true;
  const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
  return modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

function isDefaultExport(statement: ts.Statement): boolean {
  if (ts.isExportAssignment(statement)) return true;
  const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
  return modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
}

function functionName(fn: ts.SignatureDeclaration): string | undefined {
  if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) && fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  const holder = outermostTypeWrapper(fn).parent;
  if (holder && (ts.isVariableDeclaration(holder) || ts.isPropertyAssignment(holder)) && ts.isIdentifier(holder.name)) return holder.name.text;
  return undefined;
}

/**
 * A handler exported by a route file: `export async function POST(req)` in Next.js's
 * `app/**\/route.ts` or SvelteKit's `+server.ts`, the default export of `pages/api/**`, a
 * SvelteKit form action, or a Remix `action`/`loader`.
 */
function fileRoute(sources: RequestSources, fn: ts.SignatureDeclaration): string | undefined {
  const fileName = fn.getSourceFile().fileName.replace(/\\/g, "/");
  const shortName = fileName.split("/").slice(-3).join("/");
  const statement = topLevelStatement(fn);
  const name = functionName(fn);
  if (/(?:^|\/)app\/(?:[^/]+\/)*route\.[cm]?[jt]sx?$/.test(fileName)) {
    return statement && isExported(statement) && name !== undefined && sources.methodExports.has(name) ? `${name} handler of ${shortName} (App Router)` : undefined;
  }
  if (/(?:^|\/)pages\/api\/(?:[^/]+\/)*[^/]+\.[cm]?[jt]sx?$/.test(fileName)) {
    return statement && isDefaultExport(statement) ? `API route ${shortName}` : defaultExportedByName(fn, statement) ? `API route ${shortName}` : undefined;
  }
  // Vercel functions: `api/**` beside the project's package.json, the module's default export.
  if (/(?:^|\/)api\/(?:[^/]+\/)*[^/]+\.[cm]?[jt]s$/.test(fileName) && isVercelFunctionsFolder(fileName)) {
    return (statement && isDefaultExport(statement)) || defaultExportedByName(fn, statement) || isCommonJsExport(fn) ? `function ${shortName}` : undefined;
  }
  if (/(?:^|\/)routes\/(?:[^/]+\/)*\+server\.[jt]s$/.test(fileName)) {
    return statement && isExported(statement) && name !== undefined && sources.methodExports.has(name) ? `${name} handler of ${shortName}` : undefined;
  }
  if (/(?:^|\/)routes\/(?:[^/]+\/)*\+page\.server\.[jt]s$/.test(fileName)) {
    // `export const actions = { default: async ({ request }) => … }`
    const property = outermostTypeWrapper(fn).parent;
    const object = property && (ts.isPropertyAssignment(property) ? property.parent : ts.isMethodDeclaration(fn) ? fn.parent : undefined);
    const declaration = object && ts.isObjectLiteralExpression(object) ? outermostTypeWrapper(object).parent : undefined;
    return declaration && ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name) && declaration.name.text === "actions" ? `form action of ${shortName}` : undefined;
  }
  if (/(?:^|\/)app\/routes\/[^.]/.test(fileName)) {
    return statement && isExported(statement) && name !== undefined && sources.moduleExports.has(name) ? `${name} of ${shortName}` : undefined;
  }
  return undefined;
}

const functionsFolders = new Map<string, boolean>();

/** The `api/` folder of a deployment: the folder above it holds the project's `package.json` or `vercel.json`. */
function isVercelFunctionsFolder(fileName: string): boolean {
  const parts = fileName.split("/");
  const index = parts.lastIndexOf("api");
  const root = parts.slice(0, index).join("/") || "/";
  let known = functionsFolders.get(root);
  if (known === undefined) {
    known = fs.existsSync(path.join(root, "package.json")) || fs.existsSync(path.join(root, "vercel.json"));
    functionsFolders.set(root, known);
  }
  return known;
}

/** `module.exports = async (req, res) => …` */
function isCommonJsExport(fn: ts.SignatureDeclaration): boolean {
  const assignment = outermostTypeWrapper(fn).parent;
  return assignment !== undefined && ts.isBinaryExpression(assignment) && assignment.operatorToken.kind === ts.SyntaxKind.EqualsToken && assignment.left.getText() === "module.exports";
}

/** `function handler(req, res) {…}; export default handler`. */
function defaultExportedByName(fn: ts.SignatureDeclaration, statement: ts.Statement | undefined): boolean {
  if (!statement || !ts.isFunctionDeclaration(statement) || !statement.name) return false;
  const name = statement.name.text;
  return fn.getSourceFile().statements.some((s) => ts.isExportAssignment(s) && ts.isIdentifier(s.expression) && s.expression.text === name);
}

/** `app.post("/chat", handler)`, `router.get("/x", auth, async (req, res) => …)`: given in place or by name. */
function registeredRoute(sources: RequestSources, fn: ts.SignatureDeclaration, lookups: RequestInputLookups): RouteRegistration | undefined {
  const self = outermostTypeWrapper(fn) as ts.Expression;
  const call = self.parent;
  if (ts.isCallExpression(call) && call.arguments.indexOf(self) > 0) {
    const route = routeOf(sources, call);
    if (route) return { route, call };
  }
  return lookups.registeredHandler?.(fn);
}

/** A text test for `app.post("/…"` and kin before a file is parsed. */
const routeCallText = /\.(?:get|post|put|patch|delete|all)\(\s*["'`][/*]/;

/**
 * The functions the project registers as route handlers by reference: given by name, imported
 * from another module, or wrapped (`asyncHandler(chat)`, `withSession(handler)`: the wrapper's
 * function and the one it wraps both receive the request). Only the files that can see a
 * function (its own and its importers) are read for it, each once.
 */
export class RouteHandlerIndex {
  private readonly byFile = new Map<string, Map<ts.SignatureDeclaration, RouteRegistration>>();
  /** Per file that defines functions: the registrations of every file that can see it, merged once. */
  private readonly byHome = new Map<string, ReadonlyMap<ts.SignatureDeclaration, RouteRegistration>>();

  constructor(
    private readonly sources: RequestSources,
    /** The files of the run whose text matches a pattern, kept by the import graph across engines and edits. */
    private readonly filesMatching: (pattern: RegExp) => ReadonlySet<string>,
    /** The files that can refer to a function: its own, its importers and the barrels between. */
    private readonly filesSeeing: (fn: ts.SignatureDeclaration) => readonly string[],
    private readonly load: (file: string) => ts.SourceFile | undefined,
    private readonly functionsOf: (expression: ts.Expression) => readonly ts.SignatureDeclaration[],
    /** The expression a name stands for, across imports (`import h from "./h"` → `withSession(handler)`). */
    private readonly definitionOf: (expression: ts.Expression) => ts.Expression,
  ) {}

  registrationOf(fn: ts.SignatureDeclaration): RouteRegistration | undefined {
    // Registered from another file, a handler is exported; from its own, that file registers routes.
    // A project that registers no route by a path has no handler registered by reference.
    if (this.filesMatching(routeCallText).size === 0) return undefined;
    const home = fn.getSourceFile();
    if (!this.registersRoutes(home.fileName) && !mayBeExported(fn)) return undefined;
    // Asked for every parameter the analysis reads: the files that can see a function are found once per file, not per function.
    const key = `${fn.getSourceFile().fileName}\u0000${ts.isMethodDeclaration(fn) ? "method" : "function"}`;
    let merged = this.byHome.get(key);
    if (!merged) {
      const all = new Map<ts.SignatureDeclaration, RouteRegistration>();
      this.byHome.set(key, all);
      for (const file of this.filesSeeing(fn)) for (const [handler, registration] of this.registrationsIn(file)) if (!all.has(handler)) all.set(handler, registration);
      merged = all;
    }
    return merged.get(fn);
  }

  private registersRoutes(file: string): boolean {
    return this.filesMatching(routeCallText).has(file);
  }

  private registrationsIn(file: string): Map<ts.SignatureDeclaration, RouteRegistration> {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    const handlers = new Map<ts.SignatureDeclaration, RouteRegistration>();
    this.byFile.set(file, handlers);
    if (!this.registersRoutes(file)) return handlers;
    const sourceFile = this.load(file);
    if (!sourceFile) return handlers;
    // Registered before it is filled: a handler evaluated while this file is read sees what is found so far.
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const route = routeOf(this.sources, node);
        if (route) for (const argument of node.arguments.slice(1)) this.collect(argument, { route, call: node }, handlers, 0);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    return handlers;
  }

  private collect(argument: ts.Expression, route: RouteRegistration, handlers: Map<ts.SignatureDeclaration, RouteRegistration>, depth: number): void {
    if (ts.isFunctionLike(argument)) return; // in place: found where it is written
    if (ts.isArrayLiteralExpression(argument)) {
      for (const element of argument.elements) this.collect(element, route, handlers, depth);
      return;
    }
    for (const fn of this.functionsOf(argument)) if (!handlers.has(fn)) handlers.set(fn, route);
    const wrapper = ts.isCallExpression(argument) ? argument : ts.isIdentifier(argument) || ts.isPropertyAccessExpression(argument) ? this.definitionOf(argument) : undefined;
    if (wrapper && ts.isCallExpression(wrapper) && depth === 0) for (const inner of wrapper.arguments) this.collect(inner, route, handlers, depth + 1);
  }
}

function routeOf(sources: RequestSources, call: ts.CallExpression): string | undefined {
  if (!ts.isPropertyAccessExpression(call.expression) || !sources.registrationMethods.has(call.expression.name.text)) return undefined;
  const path = call.arguments[0];
  const text = path && (ts.isStringLiteralLike(path) ? path.text : ts.isTemplateExpression(path) ? path.head.text : undefined);
  if (text === undefined || !(text.startsWith("/") || text === "*")) return undefined;
  return `${call.expression.name.text.toUpperCase()} ${text}${ts.isTemplateExpression(path as ts.Node) ? "…" : ""} handler`;
}

/** `io.on("connection", (socket) => socket.on("chat", (payload) => …))`: what the other end sends. */
function socketPayload(sources: RequestSources, fn: ts.SignatureDeclaration, index: number): string | undefined {
  const self = outermostTypeWrapper(fn) as ts.Expression;
  const call = self.parent;
  if (!ts.isCallExpression(call) || call.arguments[1] !== self || !ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== "on") return undefined;
  const event = call.arguments[0];
  if (!event || !ts.isStringLiteralLike(event) || sources.connectionEvents.has(event.text)) return undefined;
  // The receiver is the socket a connection handler received.
  const receiver = call.expression.expression;
  if (!ts.isIdentifier(receiver)) return undefined;
  const connection = ts.findAncestor(call.parent, (node): node is ts.ArrowFunction | ts.FunctionExpression => (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && node.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === receiver.text));
  const register = connection ? outermostTypeWrapper(connection).parent : undefined;
  if (!connection || !register || !ts.isCallExpression(register) || !ts.isPropertyAccessExpression(register.expression) || register.expression.name.text !== "on") return undefined;
  const connected = register.arguments[0];
  if (!connected || !ts.isStringLiteralLike(connected) || !sources.connectionEvents.has(connected.text) || connection.parameters[0]?.name.getText() !== receiver.text) return undefined;
  return index < fn.parameters.length && index === 0 ? `payload of socket event "${event.text}"` : undefined;
}

/**
 * `app.post("/chat", zValidator("json", chatBody), async (c) => …)`: the schema the handler's
 * `c.req.valid(…)` answers with; `router.post("/x", validate({ body: schema }), handler)`: the
 * schema a project middleware parses `req.body` with and writes back.
 */
function validatorSchema(sources: RequestSources, call: ts.CallExpression, lookups: RequestInputLookups): RequestParameter["validatedBy"] {
  for (const argument of call.arguments.slice(1)) {
    if (!ts.isCallExpression(argument)) continue;
    const refs = lookups.refsOf(argument.expression);
    if (argument.arguments.length >= 2 && refs.some((r) => sources.spec.validatorMiddleware.some((v) => v.module === r.module && v.exportName === r.exportName))) return { schema: argument.arguments[1] as ts.Expression, target: "valid" };
    const given = argument.arguments[0];
    if (!given) continue;
    for (const factory of lookups.functionsOf(argument.expression)) {
      const field = bodyParsedBy(factory);
      if (field === undefined) continue;
      if (field === "") return { schema: given, target: "body" };
      const options = lookups.definitionOf(given);
      const property = ts.isObjectLiteralExpression(options) ? options.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === field) : undefined;
      if (property) return { schema: property.initializer, target: "body" };
    }
  }
  return undefined;
}

/**
 * A middleware factory that parses the request body with the schema it is given and writes it
 * back (`req.body = await body.parseAsync(req.body)`): "" when the schema is its parameter, the
 * field's name when it destructures it (`({ body, query }) => …`), undefined otherwise.
 */
function bodyParsedBy(factory: ts.SignatureDeclaration): string | undefined {
  const parameter = factory.parameters[0];
  if (!parameter) return undefined;
  const schemaNames = new Map<string, string>();
  if (ts.isIdentifier(parameter.name)) schemaNames.set(parameter.name.text, "");
  else if (ts.isObjectBindingPattern(parameter.name)) {
    for (const element of parameter.name.elements) {
      if (ts.isIdentifier(element.name)) schemaNames.set(element.name.text, element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : element.name.text);
    }
  }
  let found: string | undefined;
  const visit = (node: ts.Node): void => {
    if (found !== undefined) return;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && node.left.name.text === "body") {
      let right: ts.Expression = node.right;
      while (ts.isAwaitExpression(right) || ts.isParenthesizedExpression(right)) right = right.expression;
      if (ts.isCallExpression(right) && ts.isPropertyAccessExpression(right.expression) && ["parse", "parseAsync"].includes(right.expression.name.text) && ts.isIdentifier(right.expression.expression)) {
        const field = schemaNames.get(right.expression.expression.text);
        if (field !== undefined) found = field;
      }
    }
    ts.forEachChild(node, visit);
  };
  if ("body" in factory && factory.body) visit(factory.body as ts.Node);
  return found;
}

/** Whether a function can be reached from another module: exported where it is declared, or its module exports by other means. */
function mayBeExported(fn: ts.SignatureDeclaration): boolean {
  const statement = topLevelStatement(fn);
  if (statement && isExported(statement)) return true;
  // A wrapper exported in its place (`export const askHandler = withSession(ask)`) hands it on.
  const sourceFile = fn.getSourceFile();
  let exports = exportingFiles.get(sourceFile);
  if (exports === undefined) exportingFiles.set(sourceFile, (exports = /\bexport\b|\bmodule\.exports\b|\bexports\.\w/.test(sourceFile.text)));
  return exports;
}

const exportingFiles = new WeakMap<ts.SourceFile, boolean>();

