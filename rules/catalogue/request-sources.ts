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
export const requestObjectReads = [
  // Express, Fastify, Next.js Pages API: `req.body.persona`, `req.query.q`, `req.params.id`, `req.headers["x-…"]`, `req.cookies.x`.
  "body", "body.*:data", "query.*:data", "params.*:data", "headers.*:data", "cookies.*:data", "files:data", "file:data",
  // Fetch API `Request` (Next.js App Router, Remix, Hono's `c.req.raw`): `(await req.json()).persona`, `formData().get("x")`.
  "json().*:data", "text()", "formData().get()", "formData().getAll():data", "headers.get()", "cookies.get().value",
  "url", "nextUrl.searchParams.get()", "nextUrl.searchParams.getAll():data", "nextUrl.pathname",
  // Hono's context: `c.req.json()`, `c.req.query("q")`, `c.req.param("id")`, `c.req.header("x")`.
  "req.json().*:data", "req.text()", "req.formData().get()", "req.parseBody().*:data", "req.query()", "req.queries():data", "req.param()", "req.header()",
  // Koa: `ctx.request.body`; SvelteKit and Remix events: `request.json()`, `url.searchParams`.
  "request.body.*:data", "request.query.*:data", "request.json().*:data", "request.text()", "request.formData().get()", "url.searchParams.get()",
] as const;

/** What a server action or a socket event receives: arguments whose every field the caller wrote. */
export const callerValueReads = ["", "*:data", "[]:data"] as const;

/** Hono's validated input, `c.req.valid("json")`, when no validator middleware says what it holds. */
export const unvalidatedReads = ["req.valid().*:data"] as const;

/** Validator middleware in a route's registration: `app.post("/chat", zValidator("json", schema), handler)`; `schema` is argument 1. */
export const validatorMiddleware = [{ module: "@hono/zod-validator", exportName: "zValidator" }] as const;

/** The second argument of a Next.js App Router handler: `{ params }`. */
export const routeContextReads = ["params.*:data"] as const;

/** Methods that register a handler for a path: `app.post("/chat", handler)`, `router.get("/x", auth, handler)`. */
export const routeRegistrationMethods = ["get", "post", "put", "patch", "delete", "all"] as const;

/** Route files whose exported functions named by an HTTP method answer requests. */
export const httpMethodExports = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Remix and React Router route modules: `export async function action({ request })`. */
export const routeModuleExports = ["action", "loader"] as const;

/** NestJS parameter decorators that bind request input to a parameter. */
export const requestParameterDecorators = { modules: ["@nestjs/common"], names: ["Body", "Query", "Param", "Headers", "Req", "Request"] } as const;

/** Socket events: a payload sent by the other end (`socket.on("chat", (msg) => …)` inside `io.on("connection", …)`). */
export const socketConnectionEvents = ["connection", "connect"] as const;
