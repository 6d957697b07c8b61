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

/**
 * Chat bots: what a Slack, Discord or Telegram user writes reaches the handler a bot registers
 * (`app.event("app_mention", ({ event }) => …)`, `client.on("messageCreate", (message) => …)`,
 * `bot.on("message", (ctx) => ctx.message.text)`). `kind` is the bot client's kind in model-sources.ts.
 */
const chatBotHandlers = [
  { kind: "slack-bolt", methods: ["event", "message", "command", "action", "shortcut", "view", "options"], reads: ["event:data", "message:data", "command:data", "body:data", "payload:data", "action:data", "shortcut:data", "view:data"], argumentKind: "slack-bolt-args" },
  { kind: "discord-client", methods: ["on", "once"], events: ["messageCreate", "messageUpdate", "interactionCreate", "threadCreate"], reads: callerValueReads },
  { kind: "telegram-bot", methods: ["on", "command", "hears", "start", "help", "action", "callbackQuery", "inlineQuery"], reads: ["message:data", "msg:data", "from:data", "chat:data", "match", "update:data", "callbackQuery:data", "editedMessage:data", "channelPost:data", "inlineQuery:data", "senderChat:data"] },
  { kind: "telegram-bot-api", methods: ["on", "onText"], events: ["message", "text", "edited_message", "channel_post", "callback_query"], reads: callerValueReads },
];

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
  chatBotHandlers,
};
