/**
 * Model output that reaches the browser from a server the analysis may not see: a chat UI reads a
 * streamed or JSON answer from its backend. Such a response is treated as model output when the
 * URL it comes from names a chat endpoint (`/api/chat`, `/v1/chat/completions`,
 * `/workspace/${slug}/stream-chat`, `/api/generate`). A heuristic, measured on real apps (see the
 * README): responses of other URLs are not sources.
 */
import type { EndpointSource, ShapeSpec } from "../../server/engine/catalogue";

/** Static files a page loads (`llm-chat-config.json`, `chat-worker.js`): never an answer. */
export const staticAssetUrl = /\.(json|js|mjs|wasm|css|html?|png|jpe?g|svg|gif|webp|ico|txt|md|map)(\?|#|$)/i;

/** Words in a path segment that name an endpoint answering with model output. */
export const chatEndpointUrl = /(^|[^a-z])(chats?|completions?|conversations?|generate|ask|answer|assistants?|agents?|llm|gpt|prompt|inference|predict|prediction|playground|copilot|respond|reply)([^a-z]|$)/i;

/** What may follow that segment: how the answer comes, not which resource is meant. */
export const chatEndpointTail = /^(stream|streaming|completions?|messages?|send|run|events|sse|ws|reply|generate|invoke|history|turns|stream_log|stream_events|batch)$/i;

/**
 * Segments that name settings or other resources, not an answer (`system-prompt`,
 * `generate-api-key`, `agent-config`). Stored chats and their history are answers: they hold replies.
 */
export const chatEndpointRejects = /(settings|config|api-?key|system-?prompt|session|auth|feedback|export|import|delete|rename|title|share|personas?|templates?|library|providers?|skills?|models?)/i;

/** Paths under these segments report on the app (`/api/token-usage/agent`), whatever follows. */
export const chatEndpointReportRoots = /(usage|stats|statistics|metrics|analytics|billing|quotas?)/i;

/**
 * Model providers' own generation endpoints whose paths carry none of the words above: Anthropic's
 * `/v1/messages` and legacy `/v1/complete`, Gemini's `…:generateContent`.
 */
export const providerGenerationUrls: readonly RegExp[] = [
  /^https:\/\/api\.anthropic\.com\/v1\/(messages|complete)(\?|$)/i,
  /^https:\/\/generativelanguage\.googleapis\.com\/.*:(stream)?generateContent(\?|$)/i,
];

/** A fetch response read as JSON, as text, chunk by chunk through its reader, or by iterating its body. */
const responseBody: ShapeSpec = ["json():data", "text()", "body.getReader().read().value", "body.@iter", "body.pipeThrough().getReader().read().value", "body.pipeThrough().@iter", "body.pipeThrough().pipeThrough().getReader().read().value", "body.pipeThrough().pipeThrough().@iter"];

export const endpointSources: readonly EndpointSource[] = [
  { callee: { global: "fetch" }, as: "call", urlArgument: 0, returns: responseBody },
  // Server-sent events of any name: `source.addEventListener("response", (e) => e.data)`.
  { callee: { global: "EventSource" }, as: "new", urlArgument: 0, returns: ["on:*.data"] },
  { callee: { global: "WebSocket" }, as: "new", urlArgument: 0, returns: ["on:message.data"] },
  { callee: { modules: ["@microsoft/fetch-event-source"], exportName: "fetchEventSource" }, as: "call", urlArgument: 0, callbacks: { argument: 1, names: ["onmessage"], receives: ["data"] } },
  // sse.js: server-sent events over POST (`new SSE(url, { payload })`), read like EventSource.
  { callee: { modules: ["sse.js"], exportName: "SSE" }, as: "new", urlArgument: 0, returns: ["on:*.data"] },
  // axios and its instances (`apiClient = axios.create(…)`): the answer is the response's `data`.
  // Streamed through `onDownloadProgress` in the request's config: the text received so far
  // (`event.target.responseText`; axios before 1.0 gave the XHR event itself).
  ...["get", "post", "put", "patch"].map((method) => ({
    callee: { method, kinds: ["axios"] },
    as: "call" as const,
    urlArgument: 0,
    returns: ["data:data"],
    callbacks: { argument: method === "get" ? 1 : 2, names: ["onDownloadProgress"], receives: ["event.target.responseText", "target.responseText"] },
  })),
];

/**
 * Model APIs called over plain HTTP (`fetch("https://openrouter.ai/api/v1/chat/completions", {
 * body: JSON.stringify({ messages }) })`, also after a configured base URL): the request body is a
 * model call's options. These paths are the providers' own, not an app's routes.
 */
export const modelApiUrls: readonly RegExp[] = [
  /\/chat\/completions\/?(\?|$)/i,
  /\/v1\/(?:messages|responses)\/?(\?|$)/i,
  /:(?:stream)?generateContent(\?|$)/i,
  /:11434\/api\/(?:chat|generate)\/?(\?|$)/i,
];
