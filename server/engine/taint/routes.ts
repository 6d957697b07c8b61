import ts from "typescript";
import { analysisNodes } from "./node-index";

/**
 * The app's own HTTP routes, so that a browser request to one whose response carries model
 * output is read as model output too (full-stack: `fetch("/api/summarize")` in a component,
 * `app/api/summarize/route.ts` returning `streamText(…).toTextStreamResponse()`). Routes are
 * found by shape: Next.js route files and API pages, and `app.get("/path", handler)` calls of
 * Express, Hono, Fastify and their kin. Whether a route answers with model output is decided
 * only for routes a request's path matches, and once per route.
 */
export class RouteIndex {
  private routes: Route[] | undefined;
  private readonly verdicts = new Map<Route, boolean>();

  constructor(
    private readonly files: () => readonly string[],
    private readonly load: (file: string) => ts.SourceFile | undefined,
    private readonly textOf: (file: string) => string,
    /** Whether an expression a route responds with carries model output. */
    private readonly carriesModelOutput: (expression: ts.Expression) => boolean,
  ) {}

  /** Where a route that answers this path with model output is declared (`app/api/summarize/route.ts:3`), if one does. */
  modelRoute(urlPath: string): string | undefined {
    const requested = requestSegments(urlPath);
    if (requested.length === 0) return undefined;
    for (const route of this.build()) {
      if (!matches(route.segments, requested)) continue;
      let verdict = this.verdicts.get(route);
      if (verdict === undefined) {
        this.verdicts.set(route, false); // a route whose answer depends on a request to itself
        verdict = route.responses().some((expression) => this.carriesModelOutput(expression));
        this.verdicts.set(route, verdict);
      }
      if (verdict) return route.where;
    }
    return undefined;
  }

  private build(): Route[] {
    if (this.routes) return this.routes;
    const routes: Route[] = [];
    this.routes = routes;
    for (const file of this.files()) {
      const fileRoute = fileRouteSegments(file);
      const text = this.textOf(file);
      if (!fileRoute && !routeCall.test(text)) continue;
      const sourceFile = this.load(file);
      if (!sourceFile) continue;
      if (fileRoute) routes.push(...fileRoutes(sourceFile, fileRoute));
      if (routeCall.test(text)) routes.push(...callRoutes(sourceFile));
    }
    return routes;
  }
}

interface Route {
  /** Path segments; `*` is one dynamic segment, `**` the rest. */
  readonly segments: readonly string[];
  readonly where: string;
  readonly responses: () => readonly ts.Expression[];
}

const httpMethods = new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);
const routeMethods = new Set(["get", "post", "put", "patch", "delete", "all"]);
/** A text test for `app.post("/…"` and kin before a file is parsed. */
const routeCall = /\.(get|post|put|patch|delete|all)\(\s*["'`]\//;
/** Methods on a handler's response (or context) object that send a body: `res.json(x)`, `c.text(x)`, `reply.send(x)`. */
const sendMethods = new Set(["json", "send", "write", "end", "text", "body", "html"]);

/** `app/api/summarize/route.ts` → `["api", "summarize"]`; `pages/api/ask.ts` → `["api", "ask"]`. */
function fileRouteSegments(file: string): { readonly segments: string[]; readonly kind: "app" | "pages" } | undefined {
  const normalized = file.replace(/\\/g, "/");
  const app = /(?:^|\/)app\/((?:[^/]+\/)*)route\.[cm]?[jt]sx?$/.exec(normalized);
  if (app) return { segments: routeSegments((app[1] ?? "").split("/")), kind: "app" };
  const pages = /(?:^|\/)pages\/(api\/(?:[^/]+\/)*[^/.]+)\.[cm]?[jt]sx?$/.exec(normalized);
  if (pages) return { segments: routeSegments((pages[1] ?? "").split("/")).filter((s, i, all) => !(s === "index" && i === all.length - 1)), kind: "pages" };
  return undefined;
}

/** Drops route groups `(marketing)` and slots `@modal`; `[id]` → `*`, `[...slug]` → `**`. */
function routeSegments(parts: readonly string[]): string[] {
  const segments: string[] = [];
  for (const part of parts) {
    if (part === "" || /^\(.*\)$/.test(part) || part.startsWith("@")) continue;
    if (/^\[\[?\.\.\./.test(part)) segments.push("**");
    else if (/^\[.*\]$/.test(part)) segments.push("*");
    else segments.push(part);
  }
  return segments;
}

function fileRoutes(sourceFile: ts.SourceFile, route: { readonly segments: string[]; readonly kind: "app" | "pages" }): Route[] {
  const handlers: ts.SignatureDeclaration[] = [];
  for (const statement of sourceFile.statements) {
    const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
    const exported = modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const isDefault = modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
    if (ts.isFunctionDeclaration(statement) && exported && statement.body) {
      if (route.kind === "app" ? statement.name !== undefined && httpMethods.has(statement.name.text) : isDefault) handlers.push(statement);
    } else if (ts.isVariableStatement(statement) && exported && route.kind === "app") {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        if (ts.isIdentifier(declaration.name) && httpMethods.has(declaration.name.text) && init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) handlers.push(init);
      }
    } else if (ts.isExportAssignment(statement) && route.kind === "pages") {
      const target = statement.expression;
      if (ts.isArrowFunction(target) || ts.isFunctionExpression(target)) handlers.push(target);
      else if (ts.isIdentifier(target)) {
        const named = sourceFile.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === target.text);
        if (named) handlers.push(named);
      }
    }
  }
  if (handlers.length === 0) return [];
  const where = `${shortPath(sourceFile.fileName)}`;
  return [{ segments: route.segments, where, responses: () => handlers.flatMap(responsesOf) }];
}

/** `app.post("/api/summarize", async (req, res) => …)`, `router.get("/x", auth, handler)`. */
function callRoutes(sourceFile: ts.SourceFile): Route[] {
  const routes: Route[] = [];
  for (const node of analysisNodes(sourceFile)) {
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || !routeMethods.has(node.expression.name.text)) continue;
    const handler = node.arguments[node.arguments.length - 1];
    // `"/api/x"`, or a helper that puts a base in front of one: `buildServerPath("/api/x")`.
    const written = node.arguments[0];
    const path = written && ts.isCallExpression(written) && written.arguments.length === 1 ? written.arguments[0] : written;
    if (!path || !ts.isStringLiteralLike(path) || !path.text.startsWith("/") || !handler || !(ts.isArrowFunction(handler) || ts.isFunctionExpression(handler))) continue;
    const segments = routeSegments(path.text.split(/[?#]/)[0]?.split("/").map((s) => (s.startsWith(":") ? "[param]" : s === "*" ? "[...rest]" : s)) ?? []);
    const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
    const fn = handler;
    routes.push({ segments, where: `${shortPath(sourceFile.fileName)}:${line}`, responses: () => responsesOf(fn) });
  }
  return routes;
}

/** What a handler answers with: what it returns, and what it passes to `res.json(…)`, `c.text(…)`, `stream.write(…)`. */
function responsesOf(handler: ts.SignatureDeclaration): ts.Expression[] {
  const body = "body" in handler ? (handler.body as ts.Node | undefined) : undefined;
  if (!body) return [];
  if (!ts.isBlock(body)) return [body as ts.Expression];
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isReturnStatement(node) && node.expression && ts.findAncestor(node, ts.isFunctionLike) === handler) found.push(node.expression);
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && sendMethods.has(node.expression.name.text)) found.push(...node.arguments);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}

/** A request's path as segments, the unknown parts (`…`) kept; a leading unknown base (`${API}/…`) dropped. */
function requestSegments(urlPath: string): string[] {
  const path = urlPath.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "").split(/[?#]/)[0] ?? "";
  const segments = path.split("/").filter((s) => s !== "");
  while (segments.length > 0 && /^…+$/.test(segments[0] ?? "")) segments.shift();
  return segments;
}

function matches(route: readonly string[], requested: readonly string[]): boolean {
  for (let i = 0; i < route.length; i++) {
    const want = route[i];
    if (want === "**") return requested.length > i;
    const got = requested[i];
    if (got === undefined) return false;
    if (want === "*" || got.includes("…")) continue;
    if (want !== got) return false;
  }
  return route.length === requested.length;
}

function shortPath(file: string): string {
  const parts = file.replace(/\\/g, "/").split("/");
  const app = parts.lastIndexOf("app");
  const pages = parts.lastIndexOf("pages");
  const from = Math.max(app, pages);
  return from >= 0 ? parts.slice(from).join("/") : parts.slice(-2).join("/");
}
