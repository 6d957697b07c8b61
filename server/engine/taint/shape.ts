/**
 * The shape of model output inside a value: which parts of it a model wrote. `text` is model
 * text; `data` is model-generated structured data (every field is model output, but for
 * metadata such as ids and usage); an object shape names the fields, elements, iteration
 * items, method results and event arguments that carry model output, and nothing else does.
 */
export type Shape = "text" | "data" | ObjectShape;

export interface ObjectShape {
  readonly fields: ReadonlyMap<string, Shape>;
  readonly elements?: Shape;
  readonly iter?: Shape;
  readonly methods: ReadonlyMap<string, Shape>;
  readonly events: ReadonlyMap<string, Shape>;
  readonly anyField?: Shape;
  /** The value may also be model text itself: a string on one branch, an object on another. */
  readonly text?: true;
  /** A query builder (`supabase.rpc(…).select(…).limit(…)`): methods it does not name return it. */
  readonly builder?: true;
}

export const emptyObject: ObjectShape = { fields: new Map(), methods: new Map(), events: new Map() };

/** One step taken from a value to another: what the evaluator records as it follows data. */
export type Access =
  | { readonly op: "prop"; readonly name: string }
  | { readonly op: "index" }
  | { readonly op: "iter" }
  | { readonly op: "call"; readonly name: string }
  | { readonly op: "event"; readonly name: string }
  /** Template literal, `+`, `String()`: an object becomes "[object Object]", text stays text. */
  | { readonly op: "toString" }
  /** `JSON.stringify`: everything in it becomes text. */
  | { readonly op: "serialize" }
  /** `JSON.parse`: text becomes data. */
  | { readonly op: "parse" }
  /** The value becomes one field of a new object (`schema.safeParse(x)` gives `{ data: x }`), or with `[]` an element of an array. */
  | { readonly op: "wrap"; readonly name: string }
  /** Only the parts a schema lets through stay: `schema.parse(x)` with a zod object's open fields. */
  | { readonly op: "restrict"; readonly mask: Shape };

/** String methods whose result is not text (numbers, booleans): model output does not survive them. */
const nonTextStringMethods = new Set([
  "indexOf", "lastIndexOf", "includes", "startsWith", "endsWith", "search", "localeCompare", "charCodeAt", "codePointAt", "test", "at",
]);
const nonTextProperties = new Set(["length", "size", "byteLength"]);

/**
 * An access whose result is a number or a boolean whatever the value (`x.length`, `x.startsWith(…)`):
 * a parameter's path through it is dropped at once, so no later merging of paths can make it text again.
 */
export function givesNoText(access: Access): boolean {
  if (access.op === "prop") return nonTextProperties.has(access.name);
  return access.op === "call" && access.name !== "at" && nonTextStringMethods.has(access.name);
}

export function merge(a: Shape, b: Shape): Shape {
  if (a === b) return a;
  if (a === "data" || b === "data") return "data";
  if (a === "text") return b === "text" ? "text" : { ...(b as ObjectShape), text: true };
  if (b === "text") return { ...a, text: true };
  const fields = new Map(a.fields);
  for (const [k, v] of b.fields) fields.set(k, fields.has(k) ? merge(fields.get(k) as Shape, v) : v);
  const methods = new Map(a.methods);
  for (const [k, v] of b.methods) methods.set(k, methods.has(k) ? merge(methods.get(k) as Shape, v) : v);
  const events = new Map(a.events);
  for (const [k, v] of b.events) events.set(k, events.has(k) ? merge(events.get(k) as Shape, v) : v);
  return {
    fields,
    methods,
    events,
    ...optional("elements", mergeOptional(a.elements, b.elements)),
    ...optional("iter", mergeOptional(a.iter, b.iter)),
    ...optional("anyField", mergeOptional(a.anyField, b.anyField)),
    ...(a.text || b.text ? { text: true as const } : {}),
    ...(a.builder || b.builder ? { builder: true as const } : {}),
  };
}

function mergeOptional(a: Shape | undefined, b: Shape | undefined): Shape | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return merge(a, b);
}

function optional<K extends string>(key: K, value: Shape | undefined): { [P in K]?: Shape } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: Shape });
}

/** The field name of a read whose key is known only at run time. */
export const anyKey = "*";

function anyFieldOf(shape: ObjectShape): Shape | undefined {
  let joined: Shape | undefined;
  for (const field of shape.fields.values()) joined = joined === undefined ? field : merge(joined, field);
  return joined;
}

/** Array methods applied to an array shape once a parameter's value is known (`items.slice()`, `items.at(-1)`). */
const sameShapeArrayCalls = new Set(["filter", "slice", "reverse", "sort", "toSorted", "toReversed", "concat", "splice", "flat"]);
const elementArrayCalls = new Set(["find", "findLast", "at", "pop", "shift"]);

function arrayMethodResult(shape: ObjectShape, method: string): Shape | undefined {
  if (shape.elements === undefined) return undefined;
  if (sameShapeArrayCalls.has(method)) return shape;
  if (elementArrayCalls.has(method)) return shape.elements;
  if (method === "join" || method === "toString") return shape.elements === "text" || shape.elements === "data" ? "text" : undefined;
  return undefined;
}

/**
 * The shape after one access, or undefined when the accessed part carries no model output
 * (a metadata field, a string's length, an object turned into "[object Object]").
 */
export function applyAccess(shape: Shape, access: Access, metadataFields: ReadonlySet<string>): Shape | undefined {
  if (typeof shape === "object" && shape.text) {
    // Either branch: what the object gives, or else what the text gives.
    const { text: _text, ...object } = shape;
    return applyAccess(object, access, metadataFields) ?? applyAccess("text", access, metadataFields);
  }
  switch (access.op) {
    case "prop":
      if (shape === "text") return nonTextProperties.has(access.name) ? undefined : "text";
      if (shape === "data") return metadataFields.has(access.name) ? undefined : "data";
      // `input[key]` with a key known only at run time (`*`): any of the object's fields.
      if (access.name === anyKey) return shape.anyField ?? anyFieldOf(shape);
      return shape.fields.get(access.name) ?? (/^\d+$/.test(access.name) ? shape.elements : undefined) ?? shape.anyField;
    case "index":
      if (shape === "text" || shape === "data") return shape;
      return shape.elements ?? shape.anyField;
    case "iter":
      if (shape === "text" || shape === "data") return shape;
      return shape.iter ?? shape.elements;
    case "call":
      if (shape === "text") return nonTextStringMethods.has(access.name) ? undefined : access.name === "split" || access.name === "match" ? arrayOf("text") : "text";
      if (shape === "data") return nonTextStringMethods.has(access.name) ? undefined : "data";
      // `(await iterator.next()).value`: one of the values iterating gives.
      if (access.name === "next" && shape.iter !== undefined && !shape.methods.has("next")) return objectWithFields(new Map([["value", shape.iter]]));
      return shape.methods.get(access.name) ?? (shape.builder ? shape : undefined) ?? arrayMethodResult(shape, access.name);
    case "event":
      if (shape === "text" || shape === "data") return undefined;
      return shape.events.get(access.name) ?? shape.events.get("*");
    case "toString":
      // An array stringifies its elements, joined with commas.
      if (typeof shape === "object" && shape.elements !== undefined && (shape.elements === "text" || shape.elements === "data" || (typeof shape.elements === "object" && shape.elements.text === true))) return "text";
      return shape === "text" || shape === "data" ? "text" : undefined;
    case "serialize":
      return "text";
    case "parse":
      return "data";
    case "wrap":
      if (access.name === anyKey) return { ...emptyObject, anyField: shape };
      return access.name === "[]" ? arrayOf(shape) : objectWithFields(new Map([[access.name, shape]]));
    case "restrict":
      return restrict(shape, access.mask);
  }
}

/** The parts of `shape` that `mask` (a schema's open parts, as a shape) admits. */
function restrict(shape: Shape, mask: Shape): Shape | undefined {
  if (mask === "data" || mask === "text") return shape;
  if (shape === "text") return mask.text ? "text" : undefined;
  const fields = new Map<string, Shape>();
  for (const [name, inner] of mask.fields) {
    const part = shape === "data" ? "data" : (shape.fields.get(name) ?? shape.anyField);
    const kept = part === undefined ? undefined : restrict(part, inner);
    if (kept !== undefined) fields.set(name, kept);
  }
  const maskElements = mask.elements;
  const shapeElements = shape === "data" ? "data" : shape.elements;
  const elements = maskElements && shapeElements ? restrict(shapeElements, maskElements) : undefined;
  if (fields.size === 0 && elements === undefined) return undefined;
  return elements === undefined ? objectWithFields(fields) : { ...objectWithFields(fields), elements, iter: elements };
}

export function arrayOf(element: Shape): ObjectShape {
  return { ...emptyObject, elements: element, iter: element };
}

export function objectWithFields(fields: ReadonlyMap<string, Shape>): ObjectShape {
  return { ...emptyObject, fields };
}

/** True when some part of the shape is model output a sink could receive as text. */
export function isTextLike(shape: Shape): boolean {
  return shape === "text" || shape === "data" || shape.text === true;
}

/**
 * Builds a shape from the catalogue's path notation (see rules/catalogue/model-sources.ts).
 * `resolveNamed` supplies the shapes for `:completion` and `:schema` terminals.
 */
export function shapeFromPaths(paths: readonly string[], resolveNamed: (name: string) => Shape = () => "data"): Shape | undefined {
  let result: Shape | undefined;
  for (const path of paths) {
    if (path === "@builder") {
      const builder: ObjectShape = { ...emptyObject, builder: true };
      result = result === undefined ? builder : merge(result, builder);
      continue;
    }
    const colon = path.lastIndexOf(":");
    const suffix = colon >= 0 ? path.slice(colon + 1) : "";
    const hasTerminal = suffix === "data" || suffix === "schema" || suffix === "completion";
    const route = hasTerminal ? path.slice(0, colon) : path;
    const terminal: Shape = !hasTerminal ? "text" : suffix === "data" ? "data" : resolveNamed(suffix);
    const segments = route === "" ? [] : route.split(".").flatMap(splitSegment);
    let shape: Shape = terminal;
    for (let i = segments.length - 1; i >= 0; i--) shape = wrap(segments[i] ?? "", shape);
    result = result === undefined ? shape : merge(result, shape);
  }
  return result;
}

/** `tool_calls[]` → `tool_calls`, `[]`; `text()` stays one segment. */
function splitSegment(segment: string): string[] {
  const parts: string[] = [];
  let rest = segment;
  while (rest.endsWith("[]") && rest !== "[]") {
    parts.unshift("[]");
    rest = rest.slice(0, -2);
  }
  return [rest, ...parts];
}

function wrap(segment: string, inner: Shape): ObjectShape {
  if (segment === "[]") return arrayOf(inner);
  if (segment === "@iter") return { ...emptyObject, iter: inner };
  if (segment === "*") return { ...emptyObject, anyField: inner };
  if (segment.startsWith("on:")) return { ...emptyObject, events: new Map([[segment.slice(3), inner]]) };
  if (segment.endsWith("()")) return { ...emptyObject, methods: new Map([[segment.slice(0, -2), inner]]) };
  return objectWithFields(new Map([[segment, inner]]));
}
