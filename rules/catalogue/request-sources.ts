import type { RequestSourcesSpec } from "../../server/engine/taint/request-input";

/**
 * Request input: what a remote caller of the app's own HTTP handlers, server actions and sockets
 * sends. The reads are in the path notation of model-sources.ts; `:data` marks structured data
 * every field of which the caller wrote.
 */

/**
 * What a handler's request parameter holds, for every framework at once: a framework's request
 * has only its own members, so the union never taints what another framework's object would
 * not hold (`res`, `next`, `c.env` carry nothing).
 */
const requestObjectReads = [
  // Express, Fastify, Next.js Pages API: `req.body.persona`, `req.query.q`, `req.params.id`, `req.headers["x-…"]`, `req.cookies.x`.
  "body", "body.*:data", "query.*:data", "params.*:data", "headers.*:data", "cookies.*:data", "files:data", "file:data",
  // Fetch API `Request` (Next.js App Router, Remix, Hono's `c.req.raw`): `(await req.json()).persona`, `formData().get("x")`.
  "json().*:data", "text()", "formData().get()", "formData().getAll():data", "headers.get()", "cookies.get().value",
  "url", "nextUrl.searchParams.get()", "nextUrl.searchParams.getAll():data", "nextUrl.pathname",
  // Hono's context: `c.req.json()`, `c.req.query("q")`, `c.req.param("id")`, `c.req.header("x")`.
  "req.json().*:data", "req.text()", "req.formData().get()", "req.parseBody().*:data", "req.query()", "req.queries():data", "req.param()", "req.header()",
  // Koa: `ctx.request.body`; SvelteKit and Remix events: `request.json()`, `url.searchParams`.
  "request.body.*:data", "request.query.*:data", "request.json().*:data", "request.text()", "request.formData().get()", "url.searchParams.get()",
];

/** What a server action or a socket event receives: arguments whose every field the caller wrote. */
const callerValueReads = ["", "*:data", "[]:data"];

/** Hono's validated input, `c.req.valid("json")`, when no validator middleware says what it holds. */
const unvalidatedReads = ["req.valid().*:data"];

/** Validator middleware in a route's registration: `app.post("/chat", zValidator("json", schema), handler)`; `schema` is argument 1. */
const validatorMiddleware = [{ module: "@hono/zod-validator", exportName: "zValidator" }];

/** The second argument of a Next.js App Router handler: `{ params }`. */
const routeContextReads = ["params.*:data"];

/** Methods that register a handler for a path: `app.post("/chat", handler)`, `router.get("/x", auth, handler)`. */
const routeRegistrationMethods = ["get", "post", "put", "patch", "delete", "all"];

/** Route files whose exported functions named by an HTTP method answer requests. */
const httpMethodExports = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** Remix and React Router route modules: `export async function action({ request })`. */
const routeModuleExports = ["action", "loader"];

/** NestJS parameter decorators that bind request input to a parameter. */
const requestParameterDecorators = { modules: ["@nestjs/common"], names: ["Body", "Query", "Param", "Headers", "Req", "Request"] };

/** Socket events: a payload sent by the other end (`socket.on("chat", (msg) => …)` inside `io.on("connection", …)`). */
const socketConnectionEvents = ["connection", "connect"];

export const requestSources: RequestSourcesSpec = {
  requestObjectReads,
  callerValueReads,
  unvalidatedReads,
  validatorMiddleware,
  routeContextReads,
  routeRegistrationMethods,
  httpMethodExports,
  routeModuleExports,
  requestParameterDecorators,
  socketConnectionEvents,
};
