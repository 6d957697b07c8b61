import type ts from "typescript";
import type { SinkKind } from "../catalogue";
import { anyKey, applyAccess, givesNoText, merge, type Access, type Shape } from "./shape";

/** One place a flow passes through, shown as a step of its path. */
export interface Step {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/**
 * The kinds of taint: model output; retrieved content (documents, web pages, files) headed for a
 * prompt; request input (what a remote caller of the app sent); a secret (a credential's value).
 */
export type TaintKind = "model" | "retrieved" | "request" | "secret";

export interface SourceOrigin {
  readonly kind: "source";
  readonly category: TaintKind;
  /** For a tool's input: the parameter the model fills. */
  readonly field?: string;
  /** What produced the model output: "openai.chat.completions.create". */
  readonly label: string;
  /** Found by a heuristic that only holds in a browser (a chat endpoint's response): it feeds no server-side sink. */
  readonly browserOnly?: true;
  /** Retrieved messages of a conversation (a chat channel's history): as the turns of a message list, they are the conversation itself. */
  readonly conversation?: true;
  /** Model output only where read at its own fields (parsed JSON with a completion's shape): serializing the whole is not. */
  readonly fieldsOnly?: true;
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

/** Model output that reaches a function through its parameter, known only once a caller is seen. */
export interface ParamOrigin {
  readonly kind: "param";
  readonly fn: ts.SignatureDeclaration;
  readonly index: number;
}

export interface Fact {
  readonly origin: SourceOrigin | ParamOrigin;
  /** For a source: which parts of the value are model output. */
  readonly shape: Shape;
  /** For a parameter: the accesses still to apply to the argument. */
  readonly accesses: readonly Access[];
  readonly steps: readonly Step[];
  readonly sanitized: ReadonlySet<SinkKind>;
  /** Returned only where code runs on the server (`if (!browser) return html`): a source that exists only in the browser never gets here. */
  readonly serverOnly?: true;
}

/** A module export a value is, or is a member of: `child_process.exec`, `DOMPurify.sanitize`, the global `fetch`. */
export interface ImportRef {
  readonly module: string;
  readonly exportName: string;
  readonly members: readonly string[];
}

/** A value of a known kind (an SDK client, a database pool) and the members read from it so far. */
export interface KindPath {
  readonly kind: string;
  readonly path: readonly string[];
}

/** What the evaluator knows of an expression's value. */
export interface Value {
  readonly facts: readonly Fact[];
  readonly kinds: readonly KindPath[];
  readonly refs: readonly ImportRef[];
  /** Functions the value may be, for calls through it. */
  readonly functions: readonly ts.SignatureDeclaration[];
  /** Object literals the value may be, for precise field reads. */
  readonly objects: readonly ts.ObjectLiteralExpression[];
  /** Project classes the value may be (the class itself) ... */
  readonly classes: readonly ts.ClassLikeDeclaration[];
  /** ... or an instance of, for method calls such as `new LlmService().complete()`. */
  readonly instances: readonly ts.ClassLikeDeclaration[];
  /** The string it certainly is, when it is a literal. */
  readonly literal?: string;
  /** Object literals an array holds (`[{ id: "openai", stream() {…} }]`): what `list.find(…)` gives. */
  readonly elementObjects?: readonly ts.ObjectLiteralExpression[];
}

export const emptyValue: Value = { facts: [], kinds: [], refs: [], functions: [], objects: [], classes: [], instances: [] };

export function join(...values: readonly Value[]): Value {
  const present = values.filter((v) => v !== emptyValue);
  if (present.length === 0) return emptyValue;
  if (present.length === 1) return present[0] as Value;
  return {
    facts: dedupeFacts(present.flatMap((v) => v.facts)),
    kinds: present.flatMap((v) => v.kinds),
    refs: present.flatMap((v) => v.refs),
    functions: [...new Set(present.flatMap((v) => v.functions))],
    objects: [...new Set(present.flatMap((v) => v.objects))],
    classes: [...new Set(present.flatMap((v) => v.classes))],
    instances: [...new Set(present.flatMap((v) => v.instances))],
    ...elementObjectsOf(present),
  };
}

function elementObjectsOf(values: readonly Value[]): { elementObjects?: readonly ts.ObjectLiteralExpression[] } {
  if (!values.some((v) => v.elementObjects)) return {};
  return { elementObjects: [...new Set(values.flatMap((v) => v.elementObjects ?? []))] };
}

/** One fact per origin (and per `also` key, when given): shapes merged, the shortest path kept. */
function dedupeFacts(facts: readonly Fact[], also?: (fact: Fact) => string): Fact[] {
  const byKey = new Map<string, Fact>();
  for (const fact of facts) {
    const key = also ? `${originKey(fact)}|${also(fact)}` : originKey(fact);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, fact);
      continue;
    }
    byKey.set(key, combine(seen, fact));
  }
  const unique = [...byKey.values()];
  return unique.length > maxPathsPerParameter ? collapseParameterPaths(unique) : unique;
}

function combine(a: Fact, b: Fact): Fact {
  const { serverOnly: _ignored, ...rest } = a;
  return {
    ...rest,
    shape: merge(a.shape, b.shape),
    steps: b.steps.length < a.steps.length ? b.steps : a.steps,
    sanitized: new Set([...a.sanitized].filter((k) => b.sanitized.has(k))),
    ...(a.serverOnly && b.serverOnly ? { serverOnly: true as const } : {}),
  };
}

/** Above this many access paths into one parameter, they are merged into their common prefix. */
const maxPathsPerParameter = 16;

/**
 * A helper that reads many fields of its parameter (a message converter, say) and is called from
 * helpers that do the same multiplies the paths through each call. Past a bound, the paths into
 * one parameter merge into their common prefix: the value may hold more of the argument than
 * strictly proven, never less, and the analysis stays linear.
 */
function collapseParameterPaths(facts: Fact[]): Fact[] {
  const byParameter = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (fact.origin.kind !== "param") continue;
    const key = `${fact.origin.fn.pos}:${fact.origin.fn.getSourceFile().fileName}:${fact.origin.index}`;
    const group = byParameter.get(key);
    if (group) group.push(fact);
    else byParameter.set(key, [fact]);
  }
  let collapsed: Set<Fact> | undefined;
  const merged: Fact[] = [];
  for (const group of byParameter.values()) {
    if (group.length <= maxPathsPerParameter) continue;
    collapsed ??= new Set();
    for (const fact of group) collapsed.add(fact);
    // What each path does last to the value it read (`${m.text}` put in `{ content }` in a list) is
    // kept, one merged path per such ending: the reads differ, not what is built from them.
    const byEnding = new Map<string, Fact[]>();
    for (const fact of group) {
      const key = JSON.stringify(fact.accesses.slice(fact.accesses.length - trailingBuilders(fact.accesses)));
      const list = byEnding.get(key);
      if (list) list.push(fact);
      else byEnding.set(key, [fact]);
    }
    // Many endings (a helper that builds an object from every field) collapse to one path, as reads do.
    const endings = byEnding.size <= maxEndingsKept ? [...byEnding.values()] : [group];
    for (const sameEnding of endings) {
      const first = sameEnding[0] as Fact;
      const suffix = endings.length === 1 && byEnding.size > maxEndingsKept ? 0 : trailingBuilders(first.accesses);
      const reads = (fact: Fact) => fact.accesses.slice(0, fact.accesses.length - suffix);
      let prefix = reads(first).length;
      for (const fact of sameEnding) {
        const own = reads(fact);
        let i = 0;
        while (i < prefix && i < own.length && JSON.stringify(own[i]) === JSON.stringify(reads(first)[i])) i++;
        prefix = i;
      }
      const differ = sameEnding.some((fact) => reads(fact).length !== prefix);
      const middle: Access[] = differ && suffix > 0 ? [{ op: "prop", name: anyKey }] : [];
      merged.push({ ...sameEnding.reduce(combine), accesses: [...first.accesses.slice(0, prefix), ...middle, ...first.accesses.slice(first.accesses.length - suffix)] });
    }
  }
  if (!collapsed) return facts;
  const kept = collapsed;
  return [...facts.filter((fact) => !kept.has(fact)), ...merged];
}

/** How many different endings of the paths into one parameter are kept apart when they are merged. */
const maxEndingsKept = 3;

/** How many accesses at the end of a path build a value from what was read rather than read further into it. */
function trailingBuilders(accesses: readonly Access[]): number {
  let count = 0;
  while (count < accesses.length && builds(accesses[accesses.length - 1 - count])) count++;
  return count;
}

/** Accesses that build a value from what was read rather than read further into it. */
function builds(access: Access | undefined): boolean {
  return access !== undefined && (access.op === "wrap" || access.op === "toString" || access.op === "serialize" || (access.op === "call" && shapeKeepingMethods.has(access.name)));
}

/** Array methods whose result holds what the array held (`result.reverse()`). */
const shapeKeepingMethods = new Set(["reverse", "slice", "filter", "sort", "toSorted", "toReversed", "concat", "flat"]);

function originKey(fact: Fact): string {
  const o = fact.origin;
  if (o.kind === "source") return `s:${o.category}:${o.file}:${o.start}:${o.label}:${o.field ?? ""}`;
  return `p:${o.fn.pos}:${o.fn.end}:${o.fn.getSourceFile().fileName}:${o.index}:${JSON.stringify(fact.accesses)}${fact.serverOnly ? ":server" : ""}`;
}

/** A value whose facts were assembled without `join`, deduplicated and bounded like a join's. */
export function bounded(value: Value): Value {
  if (value.facts.length <= maxPathsPerParameter) return value;
  // Objects with different fields stay apart where the bound allows: a field read later keeps the path of the caller that wrote it.
  const byFields = dedupeFacts(value.facts, fieldNames);
  return { ...value, facts: byFields.length <= 2 * maxPathsPerParameter ? byFields : dedupeFacts(value.facts) };
}

function fieldNames(fact: Fact): string {
  return typeof fact.shape === "object" ? [...fact.shape.fields.keys()].sort().join(",") : "";
}

export function factsOnly(facts: readonly Fact[]): Value {
  return facts.length === 0 ? emptyValue : { ...emptyValue, facts };
}

/** Applies an access to every fact: sources change shape, parameters remember it for later. */
export function accessFacts(facts: readonly Fact[], access: Access, metadataFields: ReadonlySet<string>): Fact[] {
  const result: Fact[] = [];
  for (const fact of facts) {
    if (fact.origin.kind === "param") {
      if (!givesNoText(access)) result.push({ ...fact, accesses: [...fact.accesses, access] });
      continue;
    }
    // `JSON.stringify(JSON.parse(text))`: any JSON round-trips; only a completion's fields are its text.
    if (fact.origin.fieldsOnly && typeof fact.shape === "object" && (access.op === "serialize" || access.op === "toString")) continue;
    // …and its fields are read by name: `data[account][key]` of any JSON is not `choices[0].message.content`.
    if (fact.origin.fieldsOnly && access.op === "prop" && access.name === anyKey) continue;
    const shape = applyAccess(fact.shape, access, metadataFields);
    if (shape !== undefined) result.push({ ...fact, shape });
  }
  return result;
}

export function withStep(facts: readonly Fact[], step: Step): Fact[] {
  return facts.map((fact) => (fact.steps.length >= 12 ? fact : { ...fact, steps: [...fact.steps, step] }));
}

export function sanitize(facts: readonly Fact[], kinds: readonly SinkKind[]): Fact[] {
  return facts.map((fact) => ({ ...fact, sanitized: new Set([...fact.sanitized, ...kinds]) }));
}

/** What an operation undoes: segments encoded one by one and joined with `/` are a path again. */
export function unsanitize(facts: readonly Fact[], kind: SinkKind): Fact[] {
  return facts.map((fact) => (fact.sanitized.has(kind) ? { ...fact, sanitized: new Set([...fact.sanitized].filter((k) => k !== kind)) } : fact));
}
