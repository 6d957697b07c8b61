import path from "node:path";
import ts from "typescript";
import type { Catalogue, SinkKind, ToolDefinition, EndpointSource } from "../catalogue";
import { componentObject, componentOfOption, instanceMember, isComponentObject, isStoreOptions } from "./vue-components";
import { isVueFile, vuePropsFunction } from "../vue";
import { componentModuleOf } from "../source";
import { fieldTypeSchemas, toolClassOf } from "./tool-classes";
import { isExportedProp, reactiveAssignments, runeName, runeValue } from "./svelte-components";
import { RequestSources, requestParameter } from "./request-input";
import { stateGraphNodes } from "./graph-state";
import { deniesShellMetacharacters, guardedFieldKinds, guardedKinds, isConstantCollection, stripsShellMetacharacters } from "./guards";
import { resolveConstInitializer } from "./constant-values";
import { barePrefixCheck } from "./path-guards";
import type { ChannelKind, SentMessage } from "./channels";
import { CycleMemo } from "./cycle-memo";
import { ModuleGraph } from "./modules";
import type { StoreWrite } from "./value-stores";
import { handlerArgumentIndex, isSchemaValue, jsonSchemaShape, toolModuleOfHandler, toolObjectOfHandler } from "./tool-objects";
import { approvedWhereHandedOver, implementedToolOfHandler } from "./implemented-tools";
import { templateToolOfHandler, type TemplateLookups } from "./template-tools";
import { ownPackageModuleId, ownPackageName } from "../workspace-packages";
import { calleeText, outermostTypeWrapper, propertyNameText, ScopeResolver, skipTypeWrappers, type Binding, type PatternStep } from "./scope";
import { anyKey, arrayOf, emptyObject, merge, objectWithFields, shapeFromPaths, type Access, type Shape } from "./shape";
import { delimited } from "./delimiters";
import { filtersByRole } from "./message-roles";
import { accessFacts, bounded, emptyValue, factsOnly, join, sanitize, unsanitize, withStep, type Fact, type ImportRef, type KindPath, type SourceOrigin, type Step, type Value } from "./value";
import { refusesDotSegments } from "./validator-bodies";
import { isPresenceCheck } from "./presence-checks";

/** Every write in a scope, indexed by the name written to: built in one walk, read by many bindings. */
/** An SDK tool registration inside a project wrapper: which of the inner call's arguments are the wrapper's parameters. */
interface WrappedRegistration {
  readonly definition: ToolDefinition;
  readonly inner: ts.CallExpression;
  /** For each argument of the SDK call: the wrapper's parameter it is (its index), or a field of one (`{ name, callback }` destructured). */
  readonly forwarded: readonly (number | ForwardedField | undefined)[];
}

interface ForwardedField {
  readonly index: number;
  readonly field: string;
}

interface ScopeWrites {
  /** `name = …`, `name += …` */
  readonly assignments: Map<string, ts.BinaryExpression[]>;
  /** `({ a: name } = …)`, `[name] = …` */
  readonly destructuring: ts.BinaryExpression[];
  /** `name.field = …` keyed by `name`. */
  readonly propertyWrites: Map<string, ts.BinaryExpression[]>;
  /** `name.push(…)` / `name.unshift(…)` keyed by `name`; also `name(…)` calls for React state setters. */
  readonly calls: Map<string, ts.CallExpression[]>;
}

/** A team's own wrapper declared as a source in llmsec.config.json. */
export interface CustomSource {
  /** A package specifier, or an absolute path for a project module. */
  readonly module: string;
  readonly exportName: string;
  readonly returns: "text" | "data" | "retrieved";
}

const callbackElementMethods = new Set(["map", "forEach", "filter", "find", "findLast", "some", "every", "flatMap", "findIndex"]);
const sameShapeArrayMethods = new Set(["filter", "slice", "reverse", "sort", "toSorted", "toReversed", "flat", "concat", "splice"]);
const elementArrayMethods = new Set(["find", "findLast", "at", "pop", "shift"]);
const passThroughGlobals = new Set(["encodeURIComponent", "encodeURI", "decodeURIComponent", "decodeURI", "escape", "unescape", "structuredClone", "atob", "btoa"]);

/**
 * Follows model output through a program: evaluates an expression to the model output it may
 * hold (its facts), and to what it is (an SDK client, a module export, a function). Results are
 * per syntax node and context-free: a parameter stays symbolic until a caller is known, so
 * function summaries are computed once and instantiated at each call.
 */
export class Evaluator {
  readonly scopes = new ScopeResolver();
  /** The shape of a completion read from parsed JSON, built once. */
  private parsedCompletion: Shape | undefined;
  private readonly memo = new Map<ts.Node, Value>();
  /** Shared with the taint engine's memo of what callers pass, so cycles through both are seen. */
  readonly cycles = new CycleMemo();
  private readonly bindingMemo = new Map<string, Value>();
  private readonly returnMemo = new Map<ts.SignatureDeclaration, Value>();
  private readonly barePrefixMemo = new Map<ts.SignatureDeclaration, ts.CallExpression | undefined>();
  private readonly shapeCache = new Map<readonly string[], Shape | undefined>();
  private readonly importsByFile = new WeakMap<ts.SourceFile, Set<string>>();
  private readonly writesByScope = new WeakMap<ts.Node, ScopeWrites>();
  private readonly elementAliasesByScope = new WeakMap<ts.Node, Map<string, ts.VariableDeclaration[]>>();
  /** The endpoint calls a callback reaches through the project's request helpers (set by the taint engine). */
  forwardedCallbacks?: (fn: ts.SignatureDeclaration) => readonly { readonly call: ts.CallExpression; readonly entry: EndpointSource }[];
  private readonly thisWritesByClass = new WeakMap<ts.ClassLikeDeclaration, Map<string, ts.Expression[]>>();
  private readonly thisPushesByClass = new WeakMap<ts.ClassLikeDeclaration, Map<string, ts.CallExpression[]>>();
  private injectionDepth = 0;
  /** What the callers of a function pass as one argument; supplied by the taint engine, which indexes calls. */
  callerArguments: ((fn: ts.SignatureDeclaration, index: number) => Value[]) | undefined;
  /** Messages the app sends across its own boundaries (extension, worker, Electron, Tauri), from the taint engine's index. */
  channelMessages: ((kind: ChannelKind, key?: string) => readonly SentMessage[]) | undefined;
  electronHandlers: ((key: string) => readonly ts.Expression[]) | undefined;
  /** An extension's `onMessage` listeners, from the taint engine's channel index. */
  extensionListeners: (() => readonly ts.Expression[]) | undefined;
  /** Calls that pass a function by name (`server.tool(name, schema, stopSandbox)`), from the taint engine's call index. */
  passedAsArgument: ((fn: ts.SignatureDeclaration) => readonly { call: ts.CallExpression; index: number }[]) | undefined;
  /** The argument expressions callers pass at one position, for reading literal text (URLs). */
  callerArgumentExpressions: ((fn: ts.SignatureDeclaration, index: number) => ts.Expression[]) | undefined;
  /** The project classes that extend a class, from the taint engine's file index. */
  subclassesOf: ((cls: ts.ClassLikeDeclaration) => readonly ts.ClassLikeDeclaration[]) | undefined;
  /** The project classes that implement an interface, given where it is declared (set by the engine). */
  implementersOf: ((home: TypeHome) => readonly ts.ClassLikeDeclaration[]) | undefined;
  /** The JSX elements that render a component function, from the taint engine's call index. */
  componentUses: ((fn: ts.SignatureDeclaration) => readonly ts.JsxOpeningLikeElement[]) | undefined;
  /** Where the app's own route answering a request path with model output is declared, from the taint engine's route index. */
  modelRoute: ((path: string) => string | undefined) | undefined;
  /** Route handlers registered by reference, with their route (see RouteHandlerIndex). */
  routeHandler: ((fn: ts.SignatureDeclaration) => import("./request-input").RouteRegistration | undefined) | undefined;
  /** Chat-bot handlers registered by reference, set by the taint engine. */
  botHandler: ((fn: ts.SignatureDeclaration) => import("./request-input").RequestParameter | undefined) | undefined;
  /** The values written to a Jotai atom anywhere in the run, from the taint engine's atom index. */
  atomWrites: ((atom: ts.CallExpression) => readonly ts.Expression[]) | undefined;
  /** What code writes to a value store (nanostores), from the taint engine's index. */
  storeWrites: ((store: ts.CallExpression) => readonly StoreWrite[]) | undefined;
  /** The calls of a function a variable holds but that is no function of the project (`const setX = action(…)`). */
  heldCalls: ((declaration: ts.VariableDeclaration) => readonly ts.CallExpression[]) | undefined;
  /** The Redux Toolkit slices of the run, from the taint engine's index. */
  reduxSlices: (() => readonly import("./redux").Slice[]) | undefined;
  /** Values written to a field of a class's instances by code outside the class (`processor.generator = …`). */
  outsideFieldWrites: ((cls: ts.ClassLikeDeclaration, name: string) => readonly ts.Expression[]) | undefined;
  /** The calls of a function, in any file of the run, from the taint engine's call index. */
  callsOf: ((fn: ts.SignatureDeclaration) => readonly ts.CallExpression[]) | undefined;
  private readonly wrapperMemo = new Map<ts.Node, readonly WrappedRegistration[]>();
  readonly requestSources: RequestSources;

  constructor(
    readonly catalogue: Catalogue,
    readonly modules: ModuleGraph,
    private readonly customSources: readonly CustomSource[],
    /** The npm package declaring an expression's type, when a type checker is available (`--project` with dependencies installed). */
    private readonly packageOfType: (expression: ts.Expression) => string | undefined = () => undefined,
  ) {
    this.requestSources = new RequestSources(catalogue.requestSources);
  }

  evaluate(node: ts.Expression): Value {
    // A cycle gives nothing where it closes: what flows around it is found on the way in.
    return this.cycles.run(node, this.memo.get(node), (v) => (v ? this.memo.set(node, v) : this.memo.delete(node)), emptyValue, () => bounded(this.compute(node)));
  }

  private compute(node: ts.Expression): Value {
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) {
      const typed = this.typedInstance(node.type);
      return typed ? join(this.evaluate(node.expression), typed) : this.evaluate(node.expression);
    }
    if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isSatisfiesExpression(node) || ts.isAwaitExpression(node)) {
      return this.evaluate(node.expression);
    }
    if (ts.isIdentifier(node)) return this.evaluateIdentifier(node);
    if (node.kind === ts.SyntaxKind.ThisKeyword) return this.thisValue(node);
    if (ts.isStringLiteralLike(node)) return this.hardcodedKey(node) ?? { ...emptyValue, literal: node.text };
    if (ts.isPropertyAccessExpression(node)) return this.guardedField(node, this.member(node.expression, node.name.text, node));
    if (ts.isElementAccessExpression(node)) {
      const key = node.argumentExpression;
      if (ts.isStringLiteralLike(key)) return this.member(node.expression, key.text, node);
      // `list[0]`: a tuple's field or an array's element, whichever the value is.
      if (ts.isNumericLiteral(key)) {
        const list = this.evaluate(node.expression);
        return join(this.member(node.expression, key.text, node), { ...emptyValue, instances: list.instances, objects: list.elementObjects ?? [] });
      }
      // `list[i]`, or `input[key]` of an object: an element, or any field; of a table of functions
      // (`toolHandlers[name]`), any of them.
      const object = this.evaluate(node.expression);
      // …also an entry whose member is read (`tools[name].execute(args)`).
      const held = ts.isCallExpression(node.parent) ? node.parent.expression === node : ts.isVariableDeclaration(node.parent) || (ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node);
      return join(this.elementOf(object), factsOnly(this.access(object.facts, { op: "prop", name: anyKey })), held ? this.anyFunctionOf(object) : emptyValue);
    }
    if (ts.isCallExpression(node)) return this.dotSegmentsRefused(node, this.evaluateCall(node));
    if (ts.isNewExpression(node)) return this.evaluateNew(node);
    if (ts.isTemplateExpression(node)) {
      // Text after a literal `?` or `#` is a query or fragment: it cannot change the path of a URL.
      let query = /[?#]/.test(node.head.text);
      const spanFacts = node.templateSpans.map((span) => this.access(this.evaluate(span.expression).facts, { op: "toString" }));
      const pieces = spanFacts.some((facts) => facts.some((f) => f.origin.kind === "param" || f.origin.category === "retrieved")) ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)] : undefined;
      const facts = node.templateSpans.flatMap((span, i) => {
        let placed = query ? sanitize(spanFacts[i] ?? [], ["api-path", "dot-segment"]) : (spanFacts[i] ?? []);
        // `<memories>\n${text}\n</memories>`: marked as data wherever the text goes next.
        if (pieces && placed.length > 0 && delimited(pieces.slice(0, i + 1).join("\u0000"), pieces.slice(i + 1).join("\u0000"))) placed = sanitize(placed, ["label"]);
        query ||= /[?#]/.test(span.literal.text);
        return placed;
      });
      // `${this.baseUrl}${endpoint}` with a constant base: the host is settled, whatever follows.
      return factsOnly(facts.length > 0 && this.fixesUrlOrigin(node, spanFacts) ? sanitize(facts, ["url"]) : facts);
    }
    if (ts.isTaggedTemplateExpression(node)) {
      // Tags such as sql``, html`` or gql`` escape what is interpolated; String.raw does not.
      const tag = node.tag;
      if (ts.isPropertyAccessExpression(tag) && ts.isIdentifier(tag.expression) && tag.expression.text === "String" && ts.isTemplateExpression(node.template)) return this.evaluate(node.template);
      // Layout tags (`codeBlock```, `dedent```) pass what they interpolate through.
      const refs = this.evaluate(tag).refs;
      const formats = refs.some((ref) => this.catalogue.textTemplateTags.some((t) => t.modules.includes(ref.module) && (t.exportName === "*" || (ref.exportName === t.exportName && ref.members.length === 0) || (ref.exportName === "*" && ref.members.length === 1))));
      return formats && ts.isTemplateExpression(node.template) ? this.evaluate(node.template) : emptyValue;
    }
    if (ts.isBinaryExpression(node)) return this.evaluateBinary(node);
    if (ts.isConditionalExpression(node)) return join(this.evaluate(node.whenTrue), this.evaluate(node.whenFalse));
    if (ts.isArrayLiteralExpression(node)) {
      const elements = join(...node.elements.map((e) => (ts.isSpreadElement(e) ? this.elementOf(this.evaluate(e.expression)) : this.evaluate(e))));
      // Instances of project classes stay readable through the array (`[new Item(t, text)]` → `list[0].content`),
      // and so do object literals (a registry of providers: `[providerOpenAI()]` → `list.find(…).handlePrompt()`).
      return { ...emptyValue, facts: arrayFacts(elements.facts), instances: elements.instances, ...(elements.objects.length > 0 ? { elementObjects: elements.objects } : {}) };
    }
    if (ts.isObjectLiteralExpression(node)) return this.evaluateObjectLiteral(node);
    if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return { ...emptyValue, functions: [node] };
    if (ts.isSpreadElement(node)) return this.evaluate(node.expression);
    return emptyValue;
  }

  // ── names ────────────────────────────────────────────────────────────────────────────────

  private evaluateIdentifier(node: ts.Identifier): Value {
    const binding = this.scopes.resolve(node);
    if (!binding) {
      if (node.text === "undefined") return emptyValue;
      const templateName = this.vueTemplateName(node);
      if (templateName) return templateName;
      const reactive = componentModuleOf(node.getSourceFile())?.framework === "svelte" ? reactiveAssignments(node.getSourceFile(), node.text) : [];
      if (reactive.length > 0) return join(...reactive.map((e) => this.evaluate(e)));
      // `computed(…)` in a component that never imports it: Vue's, auto-imported.
      if (this.catalogue.vueAutoImports.has(node.text) && componentModuleOf(node.getSourceFile())?.framework === "vue") {
        const ref: ImportRef = { module: "vue", exportName: node.text, members: [] };
        return { ...emptyValue, refs: [ref], kinds: this.kindsOfRef(ref) };
      }
      return { ...emptyValue, refs: [{ module: "<global>", exportName: node.text, members: [] }], kinds: this.kindsOfRef({ module: "<global>", exportName: node.text, members: [] }) };
    }
    // `text = escapeHtml(text)` just before the use: that assignment alone is what the use sees.
    // Only a variable that is assigned after its declaration has assignments to look back for.
    const reassigned = binding.pattern.length === 0 && (this.writesIn(binding.scope).assignments.get(binding.name)?.length ?? 0) > 0;
    const reaching = reassigned ? (reachingValue(node, binding, (id) => this.refersTo(id, binding), (e) => this.evaluate(e)) ?? this.valueWithoutLaterWrites(node, binding)) : undefined;
    const value = reaching ?? this.valueOfBinding(binding);
    if (value.facts.length === 0) return value;
    const guarded = guardedKinds(node, binding, this.scopes, this.catalogue.guardPredicatePatterns, (callee) => this.evaluate(callee).functions);
    if (guarded === "all") return { ...value, facts: [] };
    return guarded ? { ...value, facts: sanitize(value.facts, guarded) } : value;
  }

  /** `args.filePath` under `if (args.filePath.includes("..")) return …`: checks of the field guard it. */
  private guardedField(node: ts.PropertyAccessExpression, value: Value): Value {
    if (value.facts.length === 0 || !ts.isIdentifier(node.expression)) return value;
    const binding = this.scopes.resolve(node.expression);
    if (!binding) return value;
    const guarded = guardedFieldKinds(node, binding, this.scopes, this.catalogue.guardPredicatePatterns, (callee) => this.evaluate(callee).functions);
    if (guarded === "all") return { ...value, facts: [] };
    return guarded ? { ...value, facts: sanitize(value.facts, guarded) } : value;
  }

  /**
   * A use where the nearest write is uncertain (inside a loop) still cannot see a write that comes
   * after it in straight-line code: `for (…) text = text.replace(…, eval(code))` and, below the
   * loop, `text = await ask(text)`; nor the write it stands in (`result = fixMath(result)` reads
   * `result` before replacing it). Writes in closures, and a use in a closure, may run at any
   * time and are all kept; so is a write inside a loop that also holds the use.
   */
  private valueWithoutLaterWrites(use: ts.Identifier, binding: Binding): Value | undefined {
    const declaration = binding.declaration;
    if (binding.pattern.length > 0 || !ts.isVariableDeclaration(declaration)) return undefined;
    const statement = declaration.parent.parent;
    if (ts.isForOfStatement(statement) || ts.isForInStatement(statement)) return undefined;
    const home = ts.findAncestor(declaration, ts.isFunctionLike) ?? declaration.getSourceFile();
    const sameFunction = (node: ts.Node): boolean => (ts.findAncestor(node.parent, ts.isFunctionLike) ?? node.getSourceFile()) === home;
    if (!sameFunction(use)) return undefined;
    const writes = (this.writesIn(binding.scope).assignments.get(binding.name) ?? []).filter((w) => ts.isIdentifier(w.left) && this.refersTo(w.left, binding));
    const insideLoopWithUse = (write: ts.Node): boolean => ts.findAncestor(use, (n) => ts.isIterationStatement(n, false) && n.pos <= write.pos && write.end <= n.end) !== undefined;
    const later = writes.filter((w) => w.end > use.end && sameFunction(w) && !insideLoopWithUse(w));
    if (later.length === 0) return undefined;
    const kept = writes.filter((w) => !later.includes(w));
    const initial = declaration.initializer ? this.evaluate(declaration.initializer) : emptyValue;
    return join(initial, ...kept.map((w) => this.evaluate(w.right)), ...this.pushedInto(binding), ...this.elementWrites(binding));
  }

  valueOfBinding(binding: Binding): Value {
    const key = `${binding.declaration.getSourceFile().fileName}:${binding.declaration.pos}:${binding.name}`;
    return this.cycles.run(key, this.bindingMemo.get(key), (v) => (v ? this.bindingMemo.set(key, v) : this.bindingMemo.delete(key)), emptyValue, () => this.computeBinding(binding));
  }

  private computeBinding(binding: Binding): Value {
    const declaration = binding.declaration;
    const file = declaration.getSourceFile();
    const step = (message: string, node: ts.Node): Step => ({ file: file.fileName, start: node.getStart(file), end: node.getEnd(), message });

    if (ts.isFunctionDeclaration(declaration)) return { ...emptyValue, functions: [declaration] };
    if (ts.isClassDeclaration(declaration) || ts.isClassExpression(declaration)) return { ...emptyValue, classes: [declaration] };
    if (ts.isFunctionExpression(declaration)) return { ...emptyValue, functions: [declaration] };
    if (ts.isImportClause(declaration) || ts.isImportSpecifier(declaration) || ts.isNamespaceImport(declaration) || ts.isImportEqualsDeclaration(declaration)) {
      return this.evaluateImport(declaration, binding.name);
    }
    if (ts.isParameter(declaration)) {
      const fn = declaration.parent;
      const index = fn.parameters.indexOf(declaration);
      const base: Fact = { origin: { kind: "param", fn, index }, shape: "text", accesses: [], steps: [], sanitized: new Set() };
      const defaults = declaration.initializer ? [this.evaluate(declaration.initializer)] : [];
      // A server action is also an ordinary function: what server code passes it still arrives.
      const request = this.requestInput(fn, index, declaration);
      const hosted = this.toolInput(fn, index, declaration) ?? (request ? join(request, factsOnly([base])) : undefined) ?? this.callbackArgument(fn, index);
      const typed = this.typedSource(declaration);
      const injected = hosted || typed || !mayReceiveObject(fn, declaration) ? [] : this.injectedObjects(fn, index, declaration);
      const instance = this.typedInstance(declaration.type ?? this.contextualType(declaration));
      const value = join(hosted ?? factsOnly([base]), ...defaults, ...(typed ? [typed] : []), ...(instance ? [instance] : []), ...injected);
      return this.applyPattern(value, binding.pattern, binding.defaults);
    }
    if (ts.isVariableDeclaration(declaration)) {
      const list = declaration.parent;
      const statement = list.parent;
      let initial = emptyValue;
      if ((ts.isForOfStatement(statement) || ts.isForInStatement(statement)) && statement.initializer === list) {
        initial = ts.isForOfStatement(statement) ? this.iterate(this.evaluate(statement.expression)) : emptyValue;
      } else if (declaration.initializer) {
        initial = this.evaluate(declaration.initializer);
      }
      const reactState = this.reactStateUpdates(declaration, binding) ?? this.atomRead(declaration, binding);
      if (reactState) return reactState;
      // Svelte's `export let message`: what parents give, besides its default.
      if (componentModuleOf(file)?.framework === "svelte" && isExportedProp(declaration)) {
        const props = this.vuePropsValue(file);
        if (props) initial = join(initial, this.memberOfValue(props, binding.name));
      }
      const box = declaration.initializer && ts.isCallExpression(declaration.initializer) ? this.boxOf(binding) : undefined;
      const assigned = [...this.assignmentsTo(binding), ...this.pushedInto(binding), ...this.elementWrites(binding), ...(box ? this.boxWrites(binding, box) : []), ...this.aliasedElementWrites(binding, box)];
      const typed = this.typedSource(declaration) ?? this.typedInstance(declaration.type);
      let value = this.applyPattern(join(initial, ...assigned, ...(typed ? [typed] : [])), binding.pattern, binding.defaults);
      if (value.facts.length > 0) value = { ...value, facts: withStep(value.facts, step(`assigned to '${binding.name}'`, declaration.name)) };
      return value;
    }
    if (ts.isEnumDeclaration(declaration) || ts.isModuleDeclaration(declaration)) return emptyValue;
    return emptyValue;
  }

  /**
   * The objects a parameter receives (a service, a store, a database client) without their
   * facts, which callers supply when a flow is concretized: a project class it is typed with,
   * and what the function's callers pass (`new WriteFileTool({ store: new NodeFileStore() })`).
   */
  private injectedObjects(fn: ts.SignatureDeclaration, index: number, declaration: ts.ParameterDeclaration): Value[] {
    const values: Value[] = [];
    const type = declaration.type;
    if (type && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
      const classes = this.evaluate(type.typeName).classes;
      if (classes.length > 0) values.push({ ...emptyValue, instances: classes });
    }
    if (this.callerArguments && this.injectionDepth < maxInjectionDepth) {
      this.injectionDepth++;
      try {
        for (const argument of this.callerArguments(fn, index)) values.push({ ...argument, facts: [] });
      } finally {
        this.injectionDepth--;
      }
    } else if (this.callerArguments) {
      // Looked up too deep to follow here: not remembered, so a shallower lookup still sees the callers.
      this.cycles.cutShort();
    }
    return values;
  }

  /**
   * `completion: OpenAI.Chat.Completions.ChatCompletion`, `const data: ChatCompletion = await
   * res.json()`: a declaration typed with an SDK's result type holds model output. Read from the
   * annotation and the import it names, so it works without the SDK installed.
   */
  private typedSource(declaration: ts.ParameterDeclaration | ts.VariableDeclaration): Value | undefined {
    const type = declaration.type;
    if (!type) return undefined;
    for (const member of ts.isUnionTypeNode(type) ? type.types : [type]) {
      if (!ts.isTypeReferenceNode(member)) continue;
      const entry = this.typedSourceEntry(member.typeName);
      const shape = entry && shapeFromPaths(entry.returns, () => "data");
      if (!shape) continue;
      const file = declaration.getSourceFile();
      const label = `${declaration.name.getText(file)}: ${member.typeName.getText(file)}`;
      const origin: SourceOrigin = { kind: "source", category: "model", label, file: file.fileName, start: declaration.getStart(file), end: declaration.getEnd() };
      return factsOnly([{ origin, shape, accesses: [], steps: [{ file: file.fileName, start: origin.start, end: origin.end, message: `model output (typed ${entry.typeName})` }], sanitized: new Set() }]);
    }
    return undefined;
  }

  private typedSourceEntry(name: ts.EntityName): import("../catalogue").TypedSource | undefined {
    const imported = this.importedTypeName(name);
    return imported && this.catalogue.typedSources.find((entry) => entry.typeName === imported.ownName && (imported.module === entry.module || imported.module.startsWith(`${entry.module}/`)));
  }

  /** The module a type name is imported from and its exported name there (`default` for a default import). */
  private importedTypeName(name: ts.EntityName): { readonly module: string; readonly ownName: string } | undefined {
    let leftmost: ts.EntityName = name;
    while (ts.isQualifiedName(leftmost)) leftmost = leftmost.left;
    const imported = this.scopes.resolve(leftmost)?.declaration;
    let importDeclaration: ts.Node | undefined = imported;
    while (importDeclaration && !ts.isImportDeclaration(importDeclaration)) importDeclaration = importDeclaration.parent;
    if (!imported || !importDeclaration || !ts.isImportDeclaration(importDeclaration) || !ts.isStringLiteral(importDeclaration.moduleSpecifier)) return undefined;
    const module = importDeclaration.moduleSpecifier.text;
    const ownName = ts.isQualifiedName(name) ? name.right.text : ts.isImportSpecifier(imported) ? (imported.propertyName ?? imported.name).text : ts.isImportClause(imported) ? "default" : name.text;
    return { module, ownName };
  }

  /** Helper calls whose bodies are being judged for escaping, so a helper calling itself ends. */
  private readonly helpersBeingJudged = new Set<ts.CallExpression>();

  /** What the template registrations of base classes are read with. */
  readonly templateLookups: TemplateLookups = {
    registrations: (call) => this.toolRegistrations(call),
    classesOf: (expression) => this.evaluate(expression).classes,
    definitionOf: (expression) => this.definitionOf(expression),
  };

  /** Where a type name is declared: its module for an import, its own file for a local declaration. */
  typeHome(name: ts.Identifier): TypeHome | undefined {
    const declaration = this.scopes.resolve(name)?.declaration;
    if (declaration && ts.isImportSpecifier(declaration)) {
      const specifier = declaration.parent.parent.parent.moduleSpecifier;
      const file = ts.isStringLiteral(specifier) ? this.modules.resolve(specifier.text, name.getSourceFile().fileName) : undefined;
      return file ? { file, name: (declaration.propertyName ?? declaration.name).text } : undefined;
    }
    if (declaration) return undefined;
    const local = name.getSourceFile().statements.some((s) => (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name.text === name.text);
    return local ? { file: name.getSourceFile().fileName, name: name.text } : undefined;
  }

  /** As `importedTypeName`, with a package's own relative imports named as its users import them. */
  importedTypeOfPackage(name: ts.EntityName): { readonly module: string; readonly ownName: string } | undefined {
    const imported = this.importedTypeName(name);
    if (!imported?.module.startsWith(".")) return imported;
    let leftmost: ts.EntityName = name;
    while (ts.isQualifiedName(leftmost)) leftmost = leftmost.left;
    const module = ownPackageModuleId(imported.module, leftmost.getSourceFile().fileName);
    return module ? { module, ownName: imported.ownName } : imported;
  }

  /**
   * `llm: BaseLanguageModel`, `apiRequestChain: LLMChain`, `model as BaseChatModel`: a declaration
   * typed with an SDK's model or client class holds such an instance, whoever made it.
   */
  private typedInstance(type: ts.TypeNode | undefined): Value | undefined {
    if (!type) return undefined;
    const kinds: KindPath[] = [];
    const instances: ts.ClassLikeDeclaration[] = [];
    for (const member of ts.isUnionTypeNode(type) ? type.types : [type]) {
      if (!ts.isTypeReferenceNode(member)) continue;
      const imported = this.importedTypeName(member.typeName);
      const entry = imported && this.catalogue.typedKinds.find((e) => e.typeName === imported.ownName && (imported.module === e.module || imported.module.startsWith(`${e.module}/`)));
      if (entry && !kinds.some((k) => k.kind === entry.kind)) kinds.push({ kind: entry.kind, path: [] });
      // `task: Task` with `class Task` in the project: an instance of it, its fields as its methods fill them.
      if (!entry && ts.isIdentifier(member.typeName)) {
        const classes = this.evaluate(member.typeName).classes;
        instances.push(...classes);
        // `model: ILLM` with `class BaseLLM implements ILLM`: an instance of any class that implements it.
        const home = classes.length === 0 ? this.typeHome(member.typeName) : undefined;
        if (home) instances.push(...(this.implementersOf?.(home) ?? []));
      }
    }
    return kinds.length > 0 || instances.length > 0 ? { ...emptyValue, kinds, instances } : undefined;
  }

  private writesIn(scope: ts.Node): ScopeWrites {
    let writes = this.writesByScope.get(scope);
    if (writes) return writes;
    const index: ScopeWrites = { assignments: new Map(), destructuring: [], propertyWrites: new Map(), calls: new Map() };
    const add = <T>(map: Map<string, T[]>, key: string, item: T): void => {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    };
    const visit = (node: ts.Node): void => {
      if (ts.isBinaryExpression(node) && isAssignmentOperator(node.operatorToken.kind)) {
        const left = node.left;
        if (ts.isIdentifier(left)) add(index.assignments, left.text, node);
        else if (ts.isObjectLiteralExpression(left) || ts.isArrayLiteralExpression(left)) index.destructuring.push(node);
        else if ((ts.isPropertyAccessExpression(left) || ts.isElementAccessExpression(left)) && ts.isIdentifier(left.expression)) add(index.propertyWrites, left.expression.text, node);
        // `streamingMessage.value.content += text`: a field of what a Vue ref holds.
        else if (ts.isPropertyAccessExpression(left) && ts.isPropertyAccessExpression(left.expression) && ts.isIdentifier(left.expression.expression)) add(index.propertyWrites, `${left.expression.expression.text}.${left.expression.name.text}`, node);
        // `byConversation.value[id] = reply`: an entry of what a Vue ref holds.
        else if (ts.isElementAccessExpression(left) && ts.isPropertyAccessExpression(left.expression) && ts.isIdentifier(left.expression.expression)) add(index.propertyWrites, `${left.expression.expression.text}.${left.expression.name.text}`, node);
        // `calls[tc.index].arguments += delta`: a field of one of a local collection's entries.
        else if (ts.isPropertyAccessExpression(left) && ts.isElementAccessExpression(left.expression) && ts.isIdentifier(left.expression.expression)) add(index.propertyWrites, `${left.expression.expression.text}[]`, node);
      } else if (ts.isCallExpression(node)) {
        const callee = node.expression;
        if (ts.isIdentifier(callee)) add(index.calls, callee.text, node);
        else if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && (callee.name.text === "push" || callee.name.text === "unshift")) add(index.calls, `${callee.expression.text}.push`, node);
        // `messages.value.push(m)` on a Vue ref.
        else if (ts.isPropertyAccessExpression(callee) && (callee.name.text === "push" || callee.name.text === "unshift") && ts.isPropertyAccessExpression(callee.expression) && ts.isIdentifier(callee.expression.expression)) add(index.calls, `${callee.expression.expression.text}.${callee.expression.name.text}.push`, node);
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(scope, visit);
    this.writesByScope.set(scope, index);
    writes = index;
    return writes;
  }

  private refersTo(identifier: ts.Identifier, binding: Binding): boolean {
    return identifier.text === binding.name && this.scopes.resolve(identifier)?.declaration === binding.declaration;
  }

  /** Values assigned to a variable after its declaration: `x = …`, `x += …`, destructuring assignments. */
  private assignmentsTo(binding: Binding): Value[] {
    const values: Value[] = [];
    const writes = this.writesIn(binding.scope);
    for (const node of writes.assignments.get(binding.name) ?? []) {
      if (!ts.isIdentifier(node.left) || !this.refersTo(node.left, binding)) continue;
      const right = this.evaluate(node.right);
      values.push(node.operatorToken.kind === ts.SyntaxKind.EqualsToken ? right : factsOnly(this.access(right.facts, { op: "toString" })));
    }
    for (const node of writes.destructuring) {
      const left = node.left as ts.ObjectLiteralExpression | ts.ArrayLiteralExpression;
      const path = destructuringPath(left, binding.name);
      if (path) values.push(this.applyPattern(this.evaluate(node.right), path, []));
    }
    return values;
  }

  /**
   * `const [answer, setAnswer] = useState("")`: the state holds whatever any `setAnswer(…)` call
   * in the component passes (or an updater function returns).
   */
  /**
   * A state setter handed to other code: `.then(setAnswer)` stores what the promise gives;
   * `handleChat(chunk, setChatHistory)` stores what `handleChat` passes to its parameter.
   */
  private setterHandedOver(setterName: string, declaration: ts.VariableDeclaration, scope: ts.Node): Value[] {
    const values: Value[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        node.arguments.forEach((arg, index) => {
          if (!ts.isIdentifier(arg) || arg.text !== setterName || this.scopes.resolve(arg)?.declaration !== declaration) return;
          if (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "then" && index === 0) {
            values.push(this.evaluate(node.expression.expression));
            return;
          }
          for (const fn of this.evaluate(node.expression).functions) {
            const parameter = fn.parameters[index];
            const body = "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
            if (!parameter || !body || !ts.isIdentifier(parameter.name)) continue;
            const calls = (inner: ts.Node): void => {
              if (ts.isCallExpression(inner) && ts.isIdentifier(inner.expression) && this.scopes.resolve(inner.expression)?.declaration === parameter && inner.arguments[0]) {
                const value = this.evaluate(inner.arguments[0]);
                values.push(value.functions.length > 0 ? join(...value.functions.map((f) => this.returnSummary(f))) : value);
              }
              ts.forEachChild(inner, calls);
            };
            calls(body);
          }
        });
      }
      // `<Fetcher setHtml={setHtml} />`: the child calls its prop (`setHtml(x)`, `props.setHtml(x)`).
      if (ts.isJsxAttribute(node) && node.initializer && ts.isJsxExpression(node.initializer) && node.initializer.expression && ts.isIdentifier(node.initializer.expression)) {
        const arg = node.initializer.expression;
        if (arg.text === setterName && this.scopes.resolve(arg)?.declaration === declaration) values.push(...this.propCalls(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(scope);
    return values;
  }

  /** What a component does with a function prop: the first arguments of its calls of it. */
  private propCalls(attribute: ts.JsxAttribute): Value[] {
    const prop = attribute.name.getText();
    const element = attribute.parent.parent;
    const values: Value[] = [];
    for (const fn of this.evaluate(element.tagName as ts.Expression).functions.slice(0, 2)) {
      const props = fn.parameters[0];
      const body = "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
      if (!props || !body) continue;
      const isProp = (callee: ts.Expression): boolean => {
        if (ts.isIdentifier(callee)) {
          const binding = this.scopes.resolve(callee);
          return binding?.declaration === props && binding.pattern.length === 1 && binding.pattern[0]?.kind === "prop" && binding.pattern[0].name === prop;
        }
        return ts.isPropertyAccessExpression(callee) && callee.name.text === prop && ts.isIdentifier(callee.expression) && this.scopes.resolve(callee.expression)?.declaration === props;
      };
      const calls = (inner: ts.Node): void => {
        if (ts.isCallExpression(inner) && inner.arguments[0] && isProp(inner.expression)) {
          const value = this.evaluate(inner.arguments[0]);
          values.push(value.functions.length > 0 ? join(...value.functions.map((f) => this.returnSummary(f))) : value);
        }
        ts.forEachChild(inner, calls);
      };
      calls(body);
    }
    return values;
  }

  private reactStateUpdates(declaration: ts.VariableDeclaration, binding: Binding): Value | undefined {
    const pattern = declaration.name;
    const init = declaration.initializer && ts.isCallExpression(declaration.initializer) ? declaration.initializer : undefined;
    if (!init || !ts.isArrayBindingPattern(pattern)) return undefined;
    if (!this.stateHookOf(init)) return undefined;
    const [stateElement, setterElement] = pattern.elements;
    if (!stateElement || ts.isOmittedExpression(stateElement) || !ts.isIdentifier(stateElement.name) || stateElement.name.text !== binding.name) return undefined;
    const values: Value[] = init.arguments[0] ? [this.evaluate(init.arguments[0])] : [];
    if (setterElement && !ts.isOmittedExpression(setterElement) && ts.isIdentifier(setterElement.name)) {
      const setterName = setterElement.name.text;
      for (const node of this.writesIn(binding.scope).calls.get(setterName) ?? []) {
        if (!ts.isIdentifier(node.expression) || this.scopes.resolve(node.expression)?.declaration !== declaration) continue;
        const arg = node.arguments[0];
        if (!arg) continue;
        const value = this.evaluate(arg);
        values.push(value.functions.length > 0 ? join(...value.functions.map((fn) => this.returnSummary(fn))) : value);
      }
      values.push(...this.setterHandedOver(setterName, declaration, binding.scope));
    }
    const file = declaration.getSourceFile();
    const value = join(...values);
    return { ...value, facts: withStep(value.facts, { file: file.fileName, start: stateElement.getStart(file), end: stateElement.getEnd(), message: `kept in React state '${binding.name}'` }) };
  }

  /** `atom(initial)` of an atom library, through constants and imports. */
  /**
   * The value store an expression names: a `map(…)`/`atom(…)` of nanostores, or the first parameter
   * of an action's callback (`action(store, "name", (store, …) => …)`).
   */
  storeOf(expression: ts.Expression): ts.CallExpression | undefined {
    const library = this.catalogue.valueStores;
    if (ts.isIdentifier(expression)) {
      const declaration = this.scopes.resolve(expression)?.declaration;
      if (declaration && ts.isParameter(declaration)) {
        const callback = declaration.parent;
        const call = callback.parent;
        if (callback.parameters[0] !== declaration || !ts.isCallExpression(call) || call.arguments[2] !== (callback as unknown as ts.Expression) || !call.arguments[0]) return undefined;
        const refs = this.evaluate(call.expression).refs;
        return library.modules.some((m) => refs.some((ref) => refNames(ref, m, library.action))) ? this.storeOf(call.arguments[0]) : undefined;
      }
    }
    const made = this.definitionOf(expression);
    if (!ts.isCallExpression(made)) return undefined;
    const refs = this.evaluate(made.expression).refs;
    return library.modules.some((m) => library.creators.some((creator) => refs.some((ref) => refNames(ref, m, creator)))) ? made : undefined;
  }

  /** `store.get()`, `useStore(store)`, `$store()` of Solid's `useStore`: what the store holds. */
  private storeRead(node: ts.CallExpression): Value | undefined {
    const library = this.catalogue.valueStores;
    const callee = node.expression;
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === library.read && node.arguments.length === 0 && ts.isIdentifier(callee.expression)) {
      const store = this.storeOf(callee.expression);
      return store ? this.storeValue(store) : undefined;
    }
    const hookCall = (call: ts.CallExpression, read: "value" | "call"): ts.CallExpression | undefined => {
      const refs = this.evaluate(call.expression).refs;
      const hook = library.hooks.find((h) => h.read === read && h.modules.some((m) => refs.some((ref) => refNames(ref, m, h.exportName))));
      return hook && call.arguments[0] ? this.storeOf(call.arguments[0]) : undefined;
    };
    // Hooks are imported from the library's bindings, whose names mention it.
    const text = node.getSourceFile().text;
    if (!library.modules.some((m) => text.includes(m))) return undefined;
    if (node.arguments.length === 1 && ts.isIdentifier(callee)) {
      const store = hookCall(node, "value");
      if (store) return this.storeValue(store);
    }
    if (node.arguments.length === 0 && ts.isIdentifier(callee)) {
      const made = resolveConstInitializer(callee, this.scopes);
      const store = made && ts.isCallExpression(made) ? hookCall(made, "call") : undefined;
      if (store) return this.storeValue(store);
    }
    return undefined;
  }

  private storeValue(store: ts.CallExpression): Value {
    const key = `${store.getSourceFile().fileName}:${store.pos}:store`;
    return this.cycles.run(key, this.bindingMemo.get(key), (v) => (v ? this.bindingMemo.set(key, v) : this.bindingMemo.delete(key)), emptyValue, () => {
      const initial = store.arguments[0];
      const values: Value[] = initial ? [this.evaluate(initial)] : [];
      for (const write of this.storeWrites?.(store) ?? []) {
        const written = this.evaluate(write.value);
        // `setKey(id, payload)`: one entry of the map, read as `store.get()[id]`.
        const key = write.key && ts.isStringLiteralLike(write.key) ? write.key.text : undefined;
        values.push(write.key ? factsOnly(key !== undefined ? this.access(written.facts, { op: "wrap", name: key }) : arrayFacts(written.facts)) : written);
      }
      const value = join(...values);
      const file = store.getSourceFile();
      return { ...value, facts: withStep(value.facts, { file: file.fileName, start: store.getStart(file), end: store.getEnd(), message: "kept in a store" }) };
    });
  }

  /** `action(store, "name", (store, id, payload) => …)`: the callback's `payload` is what the action is called with. */
  private actionArgument(fn: ts.SignatureDeclaration, index: number): Value | undefined {
    const call = fn.parent;
    if (index < 1 || !ts.isCallExpression(call) || call.arguments[2] !== (fn as unknown as ts.Expression)) return undefined;
    const library = this.catalogue.valueStores;
    const refs = this.evaluate(call.expression).refs;
    if (!library.modules.some((m) => refs.some((ref) => refNames(ref, m, library.action)))) return undefined;
    const holder = call.parent;
    if (!ts.isVariableDeclaration(holder) || holder.initializer !== call) return undefined;
    const values = (this.heldCalls?.(holder) ?? []).map((site) => {
      const argument = site.arguments[index - 1];
      return argument ? this.evaluate(argument) : emptyValue;
    });
    return join(...values);
  }

  atomOf(expression: ts.Expression): ts.CallExpression | undefined {
    const made = this.definitionOf(expression);
    if (!ts.isCallExpression(made)) return undefined;
    const refs = this.evaluate(made.expression).refs;
    return this.catalogue.atomLibraries.some((library) => refs.some((ref) => library.modules.some((m) => refNames(ref, m, library.create)))) ? made : undefined;
  }

  /** `useAtom(a)`, `useAtomValue(a)`, `useSetAtom(a)`. */
  atomHookOf(call: ts.CallExpression): "readWrite" | "read" | "write" | undefined {
    const refs = this.evaluate(call.expression).refs;
    for (const library of this.catalogue.atomLibraries) {
      for (const hook of ["readWrite", "read", "write"] as const) {
        if (refs.some((ref) => library.modules.some((m) => refNames(ref, m, library[hook])))) return hook;
      }
    }
    return undefined;
  }

  /** `const [messages] = useAtom(messagesAtom)`, `const messages = useAtomValue(messagesAtom)`: what the atom holds. */
  private atomRead(declaration: ts.VariableDeclaration, binding: Binding): Value | undefined {
    const init = declaration.initializer && ts.isCallExpression(declaration.initializer) ? declaration.initializer : undefined;
    const target = init?.arguments[0];
    // Only modules that import an atom library can hold its hooks.
    const text = declaration.getSourceFile().text;
    if (!init || !target || !this.catalogue.atomLibraries.some((library) => library.modules.some((m) => text.includes(m)))) return undefined;
    const hook = this.atomHookOf(init);
    const first = ts.isArrayBindingPattern(declaration.name) ? declaration.name.elements[0] : undefined;
    const readsValue = hook === "read" ? ts.isIdentifier(declaration.name) : hook === "readWrite" && first !== undefined && ts.isBindingElement(first) && ts.isIdentifier(first.name) && first.name.text === binding.name;
    if (!readsValue) return undefined;
    const atom = this.atomOf(target);
    return atom ? this.atomValue(atom) : undefined;
  }

  private atomValue(atom: ts.CallExpression): Value {
    const key = `${atom.getSourceFile().fileName}:${atom.pos}:atom`;
    return this.cycles.run(key, this.bindingMemo.get(key), (v) => (v ? this.bindingMemo.set(key, v) : this.bindingMemo.delete(key)), emptyValue, () => {
      const initial = atom.arguments[0];
      const values: Value[] = initial && !ts.isArrowFunction(initial) && !ts.isFunctionExpression(initial) ? [this.evaluate(initial)] : [];
      for (const written of this.atomWrites?.(atom) ?? []) {
        const value = this.evaluate(written);
        values.push(value.functions.length > 0 ? join(...value.functions.map((fn) => this.returnSummary(fn))) : value);
      }
      const value = join(...values);
      const file = atom.getSourceFile();
      return { ...value, facts: withStep(value.facts, { file: file.fileName, start: atom.getStart(file), end: atom.getEnd(), message: "kept in an atom" }) };
    });
  }

  /** `useSelector((s) => s.chat.messages)` (or a typed alias of it): the selector applied to every slice's state. */
  private reduxSelection(node: ts.CallExpression): Value | undefined {
    const selector = node.arguments[0];
    if (!this.reduxSlices || !selector || !(ts.isArrowFunction(selector) || ts.isFunctionExpression(selector) || ts.isIdentifier(selector))) return undefined;
    const toolkit = this.catalogue.reduxToolkit;
    const refs = this.evaluate(node.expression).refs;
    if (!refs.some((ref) => (toolkit.selectorModules as readonly string[]).includes(ref.module) && ref.exportName === toolkit.selector)) return undefined;
    const fns = this.evaluate(selector).functions;
    if (fns.length === 0) return undefined;
    const state = this.reduxState();
    return join(...fns.map((fn) => this.instantiateReturn(fn, node, (i) => (i === 0 ? state : emptyValue))));
  }

  /** The root state: each slice's initial state and what its reducers write, under the slice's name. */
  private reduxState(): Value {
    return this.cycles.run("redux:state", this.bindingMemo.get("redux:state"), (v) => (v ? this.bindingMemo.set("redux:state", v) : this.bindingMemo.delete("redux:state")), emptyValue, () => {
      const facts: Fact[] = [];
      for (const slice of this.reduxSlices?.() ?? []) {
        const under = (inner: readonly Fact[], path: readonly string[]): Fact[] => {
          let wrapped: Fact[] = [...inner];
          for (const segment of [...path].reverse()) wrapped = this.access(wrapped, { op: "wrap", name: segment });
          return this.access(wrapped, { op: "wrap", name: slice.name });
        };
        if (slice.initialState) facts.push(...under(this.evaluate(slice.initialState).facts, []));
        for (const write of slice.writes) {
          const payload = slice.payloads.get(write.reducer);
          const payloadValue = join(...(payload?.arguments ?? []).map((a) => this.evaluate(a)), ...(payload?.thunks ?? []).map((fn) => this.returnSummary(fn)));
          const action = factsOnly(this.access(payloadValue.facts, { op: "wrap", name: "payload" }));
          const written = this.substituteParameters(this.evaluate(write.value).facts, write.reducer, (i) => (i === 1 ? action : emptyValue));
          const file = write.value.getSourceFile();
          facts.push(...under(withStep(written, { file: file.fileName, start: write.value.getStart(file), end: write.value.getEnd(), message: `kept in the Redux state '${[slice.name, ...write.path].join(".").replace(/\.\[\]/g, "[]")}'` }), write.path));
        }
      }
      return factsOnly(facts);
    });
  }

  /** Facts that enter through `fn`'s parameters, replaced by what those parameters are given. */
  private substituteParameters(facts: readonly Fact[], fn: ts.SignatureDeclaration, given: (index: number) => Value): Fact[] {
    const result: Fact[] = [];
    for (const fact of facts) {
      if (fact.origin.kind !== "param" || fact.origin.fn !== fn) {
        result.push(fact);
        continue;
      }
      let instantiated: Fact[] = given(fact.origin.index).facts.map((f) => ({ ...f, steps: [...f.steps, ...fact.steps], sanitized: new Set([...f.sanitized, ...fact.sanitized]) }));
      for (const access of fact.accesses) instantiated = this.access(instantiated, access);
      result.push(...instantiated);
    }
    return result;
  }

  /** The state hook a call is (`useState(…)`, `createSignal(…)`). */
  private stateHookOf(call: ts.CallExpression): (typeof this.catalogue.stateHooks)[number] | undefined {
    const refs = this.evaluate(call.expression).refs;
    const byImport = this.catalogue.stateHooks.find((hook) => refs.some((ref) => hook.modules.some((m) => refNames(ref, m, hook.exportName))));
    if (byImport) return byImport;
    // `React.useState` / a global `useState` in code whose imports the analysis cannot see.
    const name = ts.isIdentifier(call.expression) ? call.expression.text : ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : "";
    return name === "useState" ? this.catalogue.stateHooks.find((hook) => hook.exportName === "useState") : undefined;
  }

  /** `messages()` where `const [messages, setMessages] = createSignal(…)`: the signal's value. */
  private signalRead(node: ts.CallExpression): Value | undefined {
    if (node.arguments.length > 0 || !ts.isIdentifier(node.expression)) return undefined;
    const binding = this.scopes.resolve(node.expression);
    const declaration = binding?.declaration;
    if (!binding || !declaration || !ts.isVariableDeclaration(declaration) || !ts.isArrayBindingPattern(declaration.name) || !declaration.initializer || !ts.isCallExpression(declaration.initializer)) return undefined;
    const getter = declaration.name.elements[0];
    if (!getter || !ts.isBindingElement(getter) || !ts.isIdentifier(getter.name) || getter.name.text !== binding.name) return undefined;
    return this.stateHookOf(declaration.initializer)?.read === "call" ? this.valueOfBinding(binding) : undefined;
  }

  /** `copy[index] = x` on a local array: `x` becomes one of its elements (a computed index; `o["key"]` is a field). */
  private elementWrites(binding: Binding): Value[] {
    const values: Value[] = [];
    for (const node of this.writesIn(binding.scope).propertyWrites.get(binding.name) ?? []) {
      const left = node.left;
      if (!ts.isElementAccessExpression(left) || ts.isStringLiteralLike(left.argumentExpression) || node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
      if (!ts.isIdentifier(left.expression) || !this.refersTo(left.expression, binding)) continue;
      const written = this.evaluate(node.right);
      // `result[key] = value` with a key read from an object (`Object.entries(args)`): a field of any name.
      const facts = this.isNumericIndex(left.argumentExpression) ? arrayFacts(written.facts) : [...arrayFacts(written.facts), ...anyFieldFacts(written.facts)];
      values.push({ ...factsOnly(facts), instances: written.instances });
    }
    for (const node of this.writesIn(binding.scope).propertyWrites.get(`${binding.name}[]`) ?? []) {
      const left = node.left;
      const kind = node.operatorToken.kind;
      if (!ts.isPropertyAccessExpression(left) || !ts.isElementAccessExpression(left.expression) || (kind !== ts.SyntaxKind.EqualsToken && kind !== ts.SyntaxKind.PlusEqualsToken)) continue;
      const holder = left.expression.expression;
      if (!ts.isIdentifier(holder) || !this.refersTo(holder, binding)) continue;
      const field = this.access(this.evaluate(node.right).facts, { op: "wrap", name: left.name.text });
      const key = left.expression.argumentExpression;
      values.push(factsOnly(this.isNumericIndex(key) ? arrayFacts(field) : [...arrayFacts(field), ...anyFieldFacts(field)]));
    }
    return values;
  }

  /** `list[i]`, `list[list.length]`, `list[2 * i + 1]`: an index, not a field name. */
  private isNumericIndex(key: ts.Expression): boolean {
    const expr = skipTypeWrappers(key);
    if (ts.isNumericLiteral(expr) || ts.isBinaryExpression(expr) || ts.isPrefixUnaryExpression(expr) || ts.isPostfixUnaryExpression(expr)) return true;
    if (ts.isPropertyAccessExpression(expr)) return expr.name.text === "length";
    if (!ts.isIdentifier(expr)) return true;
    const declaration = this.scopes.resolve(expr)?.declaration;
    // A counter of a `for (let i = 0; …)` loop, or a number it was set to.
    if (declaration && ts.isVariableDeclaration(declaration)) return declaration.initializer === undefined || ts.isNumericLiteral(skipTypeWrappers(declaration.initializer)) || ts.isBinaryExpression(declaration.initializer);
    if (declaration && ts.isParameter(declaration)) return declaration.type?.kind === ts.SyntaxKind.NumberKeyword;
    return false;
  }

  /** `list.push(x)` / `unshift(x)` on a local array: `x` becomes one of its elements. */
  private pushedInto(binding: Binding): Value[] {
    const values: Value[] = [];
    for (const node of this.writesIn(binding.scope).calls.get(`${binding.name}.push`) ?? []) {
      const base = (node.expression as ts.PropertyAccessExpression).expression;
      if (!ts.isIdentifier(base) || !this.refersTo(base, binding)) continue;
      const pushed = join(...node.arguments.map((a) => (ts.isSpreadElement(a) ? this.elementOf(this.evaluate(a.expression)) : this.evaluate(a))));
      values.push({ ...factsOnly(arrayFacts(pushed.facts)), instances: pushed.instances });
    }
    return values;
  }

  private applyPattern(value: Value, pattern: readonly PatternStep[], defaults: readonly ts.Expression[]): Value {
    let current = value;
    for (const step of pattern) {
      if (step.kind === "prop") current = this.memberOfValue(current, step.name);
      else if (step.kind === "index") current = this.elementOf(current);
    }
    return defaults.length > 0 ? join(current, ...defaults.map((d) => this.evaluate(d))) : current;
  }

  // ── modules ──────────────────────────────────────────────────────────────────────────────

  private evaluateImport(declaration: ts.ImportClause | ts.ImportSpecifier | ts.NamespaceImport | ts.ImportEqualsDeclaration, localName: string): Value {
    let specifierNode: ts.Expression | undefined;
    let exportName = "default";
    if (ts.isImportEqualsDeclaration(declaration)) {
      specifierNode = ts.isExternalModuleReference(declaration.moduleReference) ? declaration.moduleReference.expression : undefined;
      exportName = "*";
    } else if (ts.isImportClause(declaration)) {
      specifierNode = declaration.parent.moduleSpecifier;
    } else if (ts.isNamespaceImport(declaration)) {
      specifierNode = declaration.parent.parent.moduleSpecifier;
      exportName = "*";
    } else {
      specifierNode = declaration.parent.parent.parent.moduleSpecifier;
      exportName = (declaration.propertyName ?? declaration.name).text;
    }
    if (!specifierNode || !ts.isStringLiteralLike(specifierNode)) return emptyValue;
    return this.importValue(specifierNode.text, exportName, declaration.getSourceFile().fileName, localName);
  }

  /** The value of `import { exportName } from specifier` seen from `fromFile`. */
  importValue(specifier: string, exportName: string, fromFile: string, _localName = exportName): Value {
    const target = this.modules.resolve(specifier, fromFile);
    if (target) {
      const exported = exportName === "*" ? emptyValue : this.exportedValue(target, exportName);
      const ref: ImportRef = { module: target, exportName, members: [] };
      // Inside an SDK's own package (its tests, its examples), `import { tool } from "./server.js"` is the SDK's `tool`.
      const own = ownPackageName(specifier, fromFile);
      const asUsers: ImportRef[] = own ? [{ module: own, exportName, members: [] }] : [];
      return { ...exported, refs: [...exported.refs, ref, ...asUsers], kinds: asUsers.length > 0 ? [...exported.kinds, ...this.kindsOfRef(asUsers[0] as ImportRef)] : exported.kinds };
    }
    const ref: ImportRef = { module: specifier, exportName, members: [] };
    return { ...emptyValue, refs: [ref], kinds: this.kindsOfRef(ref) };
  }

  private propertyInitializer(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
    for (const property of object.properties) {
      if (ts.isPropertyAssignment(property) && propertyNameText(property.name) === name) return property.initializer;
      if (ts.isShorthandPropertyAssignment(property) && property.name.text === name) return property.name;
    }
    return undefined;
  }

  /** A regular expression: a literal, `new RegExp(…)`, or a constant holding one. */
  private isRegex(expression: ts.Expression): boolean {
    const held = unwrapExpression(resolveConstInitializer(expression, this.scopes) ?? expression);
    return ts.isRegularExpressionLiteral(held) || (ts.isNewExpression(held) && ts.isIdentifier(held.expression) && held.expression.text === "RegExp");
  }

  /** `computed(() => …)`, `useMemo(() => …)`, `createMemo(…)`: a wrapper whose value is what its callback returns. */
  isResultWrapper(call: ts.CallExpression): boolean {
    const callee = this.evaluate(call.expression);
    return this.catalogue.identityWrappers.some((w) => w.gives === "result" && callee.refs.some((ref) => w.modules.some((module) => refNames(ref, module, w.exportName))));
  }

  /** The object literals a project module's namespace (`import * as tools`) exports, or an object's property values hold. */
  private namespaceObjects(value: Value): ts.ObjectLiteralExpression[] {
    const objects: ts.ObjectLiteralExpression[] = [];
    for (const ref of value.refs) {
      if (ref.exportName !== "*" || ref.members.length > 0) continue;
      const sourceFile = this.modules.sourceFile(ref.module);
      if (!sourceFile) continue;
      for (const name of this.modules.exportNames(sourceFile)) objects.push(...this.exportedValue(ref.module, name).objects);
    }
    return [...new Set(objects)];
  }

  /** An export of a project file: a declaration, a re-export, `module.exports`. */
  /** `import { answerAtom } from "./atoms"` → the `atom("")` it is declared with (a `const` or an exported expression). */
  private importedDefinition(identifier: ts.Identifier): ts.Expression | undefined {
    const declaration = this.scopes.resolve(identifier)?.declaration;
    if (!declaration || !(ts.isImportSpecifier(declaration) || ts.isImportClause(declaration))) return undefined;
    const specifier = ts.isImportSpecifier(declaration) ? declaration.parent.parent.parent.moduleSpecifier : declaration.parent.moduleSpecifier;
    if (!ts.isStringLiteralLike(specifier)) return undefined;
    const target = this.modules.resolve(specifier.text, identifier.getSourceFile().fileName);
    const exportName = ts.isImportSpecifier(declaration) ? (declaration.propertyName ?? declaration.name).text : "default";
    return target ? this.exportedDefinition(target, exportName) : undefined;
  }

  private exportedDefinition(file: string, exportName: string, depth = 0): ts.Expression | undefined {
    const sourceFile = this.modules.sourceFile(file);
    const local = sourceFile && depth <= 8 ? this.modules.localExport(sourceFile, exportName) : undefined;
    if (!sourceFile || !local) return undefined;
    if (local.kind === "reexport") {
      const target = this.modules.resolve(local.specifier, file);
      return target ? this.exportedDefinition(target, local.exportName, depth + 1) : undefined;
    }
    if (local.kind === "expression") return local.expression;
    const binding = this.scopes.namesOf(sourceFile).get(local.name);
    const declaration = binding?.declaration;
    return declaration && binding.pattern.length === 0 && ts.isVariableDeclaration(declaration) && declaration.initializer ? declaration.initializer : undefined;
  }

  exportedValue(file: string, exportName: string, depth = 0): Value {
    const sourceFile = this.modules.sourceFile(file);
    if (!sourceFile || depth > 8) return emptyValue;
    const local = this.modules.localExport(sourceFile, exportName);
    if (!local) {
      // `export * from "./a"; export * from "./b"`: the first module that has it.
      if (exportName === "default") return emptyValue;
      let fromPackage: string | undefined;
      for (const specifier of this.modules.starExportsOf(sourceFile)) {
        const target = this.modules.resolve(specifier, file);
        if (!target) fromPackage ??= specifier;
        const value = target ? this.exportedValue(target, exportName, depth + 1) : emptyValue;
        if (value !== emptyValue) return value;
      }
      // Not in the project's modules: the re-exported package's (`export * from "openai"`).
      if (!fromPackage) return emptyValue;
      const ref: ImportRef = { module: fromPackage, exportName, members: [] };
      return { ...emptyValue, refs: [ref], kinds: this.kindsOfRef(ref) };
    }
    if (local.kind === "reexport") {
      const target = this.modules.resolve(local.specifier, file);
      if (target) return this.exportedValue(target, local.exportName, depth + 1);
      const ref: ImportRef = { module: local.specifier, exportName: local.exportName, members: [] };
      return { ...emptyValue, refs: [ref], kinds: this.kindsOfRef(ref) };
    }
    if (local.kind === "expression") return this.evaluate(local.expression);
    const binding = this.scopes.namesOf(sourceFile).get(local.name);
    return binding ? this.valueOfBinding(binding) : emptyValue;
  }

  // ── members ──────────────────────────────────────────────────────────────────────────────

  private member(objectExpression: ts.Expression, name: string, node: ts.Expression): Value {
    if (objectExpression.kind === ts.SyntaxKind.ThisKeyword) return this.thisMember(node, name);
    // `Object.getPrototypeOf(async function () {}).constructor`: `AsyncFunction`, which compiles its text like `Function`.
    if (name === "constructor" && functionPrototypeOf(objectExpression)) return { ...emptyValue, refs: [{ module: "<global>", exportName: "Function", members: [] }] };
    // `answer.value` of `const answer = ref("")`: the value the ref holds.
    if (ts.isIdentifier(objectExpression) && name === "value") {
      const binding = this.scopes.resolve(objectExpression);
      if (binding && this.boxOf(binding) === name) return this.evaluate(objectExpression);
    }
    const object = this.evaluate(objectExpression);
    let value = this.memberOfValue(object, name);
    if (object.refs.some(isProcessEnv)) value = join(value, this.secretRead(name, node));
    // Fields written on a local object: `o.text = reply` makes `o.text` model output.
    if (ts.isIdentifier(objectExpression)) {
      const binding = this.scopes.resolve(objectExpression);
      if (binding && ts.isVariableDeclaration(binding.declaration)) value = join(value, ...this.propertyWrites(binding, name), ...this.fieldPushes(binding, name));
      // `ctx.client` of `ctx: SlackContext`, an interface (here or imported) with `client: WebClient`: an SDK client, whoever fills it.
      if (binding && value.kinds.length === 0 && (ts.isParameter(binding.declaration) || ts.isVariableDeclaration(binding.declaration))) {
        const declared = this.declaredMemberInstance(binding.declaration.type, name);
        if (declared) value = join(value, declared);
      }
    }
    return value;
  }

  /** What a member of a declared interface or object type is typed as, when that is an SDK client or model. */
  private declaredMemberInstance(type: ts.TypeNode | undefined, name: string): Value | undefined {
    if (!type || !ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return undefined;
    const declared = this.typeDeclaration(type.typeName);
    const members = declared && ts.isInterfaceDeclaration(declared) ? declared.members : declared && ts.isTypeLiteralNode(declared.type) ? declared.type.members : undefined;
    const member = members?.find((m): m is ts.PropertySignature => ts.isPropertySignature(m) && m.name !== undefined && propertyNameText(m.name) === name);
    const value = member && this.typedInstance(member.type);
    return value && value.kinds.length > 0 ? { ...emptyValue, kinds: value.kinds } : undefined;
  }

  /** `"sk-proj-…"` written in the code: a key in a provider's own format is a secret wherever it goes. */
  private hardcodedKey(node: ts.StringLiteralLike): Value | undefined {
    const text = node.text;
    if (text.length < 20 || text.length > 300 || /\s/.test(text)) return undefined;
    const pattern = this.catalogue.secretPatterns.find((p) => text.startsWith(p.prefix) && p.pattern.test(text));
    if (!pattern) return undefined;
    const file = node.getSourceFile();
    const label = `a hardcoded ${this.catalogue.providers.get(pattern.provider)?.name ?? pattern.provider} ${pattern.kind}`;
    const origin: SourceOrigin = { kind: "source", category: "secret", label, file: file.fileName, start: node.getStart(file), end: node.getEnd() };
    return { ...factsOnly([{ origin, shape: "text", accesses: [], steps: [{ file: file.fileName, start: origin.start, end: origin.end, message: label }], sanitized: new Set() }]), literal: text };
  }

  /** `process.env.STRIPE_SECRET_KEY`: a credential's value, when the variable's name reads as one. */
  private secretRead(name: string, node: ts.Expression): Value {
    const names = this.catalogue.credentialEnvNames;
    if (!names.reads.test(name) || names.excludes.test(name)) return emptyValue;
    const file = node.getSourceFile();
    const origin: SourceOrigin = { kind: "source", category: "secret", label: `process.env.${name}`, file: file.fileName, start: node.getStart(file), end: node.getEnd() };
    return factsOnly([{ origin, shape: "text", accesses: [], steps: [{ file: file.fileName, start: origin.start, end: origin.end, message: `a secret (${origin.label})` }], sanitized: new Set() }]);
  }

  /** The functions an object literal holds under any key: what `table[key](…)` may call. */
  private anyFunctionOf(object: Value): Value {
    const functions: ts.SignatureDeclaration[] = [];
    // `tools[name].execute(args)` over `{ AgentOutput: makeTool() }`: the entries' objects, so their methods resolve.
    const objects: ts.ObjectLiteralExpression[] = [];
    for (const literal of object.objects.slice(0, 4)) {
      for (const property of literal.properties.slice(0, 200)) {
        if (ts.isMethodDeclaration(property)) functions.push(property);
        else if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.initializer) || ts.isArrowFunction(property.initializer) || ts.isFunctionExpression(property.initializer) || ts.isPropertyAccessExpression(property.initializer))) {
          const value = this.evaluate(property.initializer);
          functions.push(...value.functions);
          objects.push(...value.objects);
        } else if (ts.isPropertyAssignment(property) && (ts.isObjectLiteralExpression(property.initializer) || ts.isCallExpression(property.initializer))) objects.push(...this.evaluate(property.initializer).objects);
        else if (ts.isShorthandPropertyAssignment(property)) {
          const value = this.evaluate(property.name);
          functions.push(...value.functions);
          objects.push(...value.objects);
        }
      }
    }
    if (functions.length === 0 && objects.length === 0) return emptyValue;
    return { ...emptyValue, functions: [...new Set(functions)], objects: [...new Set(objects)].slice(0, 50) };
  }

  memberOfValue(object: Value, name: string): Value {
    if (object === emptyValue) return emptyValue;
    const facts = this.access(object.facts, { op: "prop", name });
    const kinds = object.kinds.map((k) => ({ kind: k.kind, path: [...k.path, name] }));
    const refs = object.refs.map((r) => ({ ...r, members: [...r.members, name] }));
    const fromObjects: Value[] = [];
    for (const literal of object.objects) {
      // `useChatStore().chat` of a Pinia options store: a member of the store's instance.
      if (isStoreOptions(literal) && ts.isCallExpression(literal.parent) && this.isDefineStore(literal.parent)) {
        fromObjects.push(this.vueInstanceMember(literal, name));
        continue;
      }
      for (const property of literal.properties) {
        if (!property.name || propertyNameText(property.name) !== name) continue;
        if (ts.isPropertyAssignment(property)) fromObjects.push(this.evaluate(property.initializer));
        else if (ts.isShorthandPropertyAssignment(property)) fromObjects.push(this.evaluate(property.name));
        else if (ts.isMethodDeclaration(property)) fromObjects.push({ ...emptyValue, functions: [property] });
      }
    }
    for (const cls of object.classes) fromObjects.push(this.classMember(cls, name, true));
    for (const cls of object.instances) fromObjects.push(this.classMember(cls, name, false));
    // `import * as handlers from "./handlers"`: a member of a project module's namespace is its export.
    for (const ref of object.refs) {
      if (ref.exportName === "*" && ref.members.length === 0 && path.isAbsolute(ref.module)) fromObjects.push(this.exportedValue(ref.module, name));
    }
    // Reading a field of an object literal is exact; its facts as a whole would be coarser. Facts that
    // enter through a parameter are not the literal's (a caller may pass the literal, others other values).
    // Only the literals' own facts are replaced by the field read: a value joined from elsewhere
    // (`setState(res.data)` beside `setState((prev) => ({ ...prev, data: {} }))`) keeps its own.
    let literalFacts = facts;
    if (object.objects.length > 0 && fromObjects.length > 0) {
      const literalOrigins = new Set(object.objects.flatMap((literal) => this.evaluate(literal).facts.map((f) => f.origin)));
      literalFacts = facts.filter((f) => f.origin.kind === "param" || !literalOrigins.has(f.origin));
    }
    return join({ ...emptyValue, facts: literalFacts, kinds, refs: refs.map((r) => ({ ...r, members: [...r.members] })) }, ...fromObjects);
  }

  private elementOf(object: Value): Value {
    return { ...factsOnly(this.access(object.facts, { op: "index" })), instances: object.instances, objects: object.elementObjects ?? [] };
  }

  private iterate(object: Value): Value {
    // `for (const tool of tools)` over a list of tool objects: each one's handler stays callable.
    return { ...factsOnly(this.access(object.facts, { op: "iter" })), instances: object.instances, objects: object.elementObjects ?? [] };
  }

  /** The field a variable's value is held in when it was made by a boxing wrapper (`const answer = ref("")` → `value`). */
  private boxOf(binding: Binding): string | undefined {
    const declaration = binding.declaration;
    if (binding.pattern.length > 0 || !ts.isVariableDeclaration(declaration) || !declaration.initializer || !ts.isCallExpression(declaration.initializer)) return undefined;
    const callee = declaration.initializer.expression;
    if (!ts.isIdentifier(callee) && !ts.isPropertyAccessExpression(callee)) return undefined;
    const refs = this.evaluate(callee).refs;
    return this.catalogue.identityWrappers.find((w) => w.box && refs.some((ref) => w.modules.some((module) => refNames(ref, module, w.exportName))))?.box;
  }

  /** What code writes through a box: `answer.value = text`, `answer.value += chunk`, `messages.value.push(m)`. */
  private boxWrites(binding: Binding, box: string): Value[] {
    const values: Value[] = [];
    const writes = this.writesIn(binding.scope);
    for (const node of writes.propertyWrites.get(binding.name) ?? []) {
      const left = node.left;
      const kind = node.operatorToken.kind;
      if (!ts.isPropertyAccessExpression(left) || left.name.text !== box || (kind !== ts.SyntaxKind.EqualsToken && kind !== ts.SyntaxKind.PlusEqualsToken)) continue;
      if (ts.isIdentifier(left.expression) && this.refersTo(left.expression, binding)) values.push(this.evaluate(node.right));
    }
    for (const node of writes.propertyWrites.get(`${binding.name}.${box}`) ?? []) {
      const left = node.left;
      const kind = node.operatorToken.kind;
      if (!ts.isPropertyAccessExpression(left) || !ts.isPropertyAccessExpression(left.expression) || (kind !== ts.SyntaxKind.EqualsToken && kind !== ts.SyntaxKind.PlusEqualsToken)) continue;
      const holder = left.expression.expression;
      if (ts.isIdentifier(holder) && this.refersTo(holder, binding)) values.push(factsOnly(this.access(this.evaluate(node.right).facts, { op: "wrap", name: left.name.text })));
    }
    // `byConversation.value[id] = reply`: an entry of the box's record (or list).
    for (const node of writes.propertyWrites.get(`${binding.name}.${box}`) ?? []) {
      const left = node.left;
      const kind = node.operatorToken.kind;
      if (!ts.isElementAccessExpression(left) || !ts.isPropertyAccessExpression(left.expression) || left.expression.name.text !== box || (kind !== ts.SyntaxKind.EqualsToken && kind !== ts.SyntaxKind.PlusEqualsToken)) continue;
      const holder = left.expression.expression;
      if (!ts.isIdentifier(holder) || !this.refersTo(holder, binding)) continue;
      const written = this.evaluate(node.right).facts;
      values.push(factsOnly(this.isNumericIndex(left.argumentExpression) ? arrayFacts(written) : [...arrayFacts(written), ...anyFieldFacts(written)]));
    }
    for (const node of writes.calls.get(`${binding.name}.${box}.push`) ?? []) {
      const holder = ((node.expression as ts.PropertyAccessExpression).expression as ts.PropertyAccessExpression).expression;
      if (!ts.isIdentifier(holder) || !this.refersTo(holder, binding)) continue;
      const pushed = join(...node.arguments.map((a) => (ts.isSpreadElement(a) ? this.elementOf(this.evaluate(a.expression)) : this.evaluate(a))));
      values.push({ ...factsOnly(arrayFacts(pushed.facts)), instances: pushed.instances });
    }
    return values;
  }

  /**
   * An element taken out of a list and written through (`const m = messages.value.find(…); m.text += chunk`,
   * the streaming placeholder pattern): the list's elements hold what is written to their fields.
   */
  private aliasedElementWrites(binding: Binding, box: string | undefined): Value[] {
    const aliases = this.elementAliasesIn(binding.scope).get(binding.name) ?? [];
    const values: Value[] = [];
    for (const alias of aliases) {
      if (!ts.isIdentifier(alias.name) || !alias.initializer) continue;
      const root = elementSource(alias.initializer);
      const holder = root && box && ts.isPropertyAccessExpression(root) && root.name.text === box ? root.expression : root;
      if (!holder || !ts.isIdentifier(holder) || !this.refersTo(holder, binding)) continue;
      const aliasBinding = this.scopes.resolve(alias.name);
      if (!aliasBinding) continue;
      for (const node of this.writesIn(aliasBinding.scope).propertyWrites.get(alias.name.text) ?? []) {
        const left = node.left;
        const kind = node.operatorToken.kind;
        if (!ts.isPropertyAccessExpression(left) || (kind !== ts.SyntaxKind.EqualsToken && kind !== ts.SyntaxKind.PlusEqualsToken)) continue;
        if (!ts.isIdentifier(left.expression) || !this.refersTo(left.expression, aliasBinding)) continue;
        const field = left.name.text;
        const written = this.evaluate(node.right);
        if (written.facts.length > 0) values.push(factsOnly(wrapFacts(written.facts, (shape) => arrayOf(objectWithFields(new Map([[field, shape]]))))));
      }
    }
    return values;
  }

  /** Declarations in a scope that take one element of a list (`list.find(…)`, `list[i]`, `list.at(-1)`), by the list's name. */
  private elementAliasesIn(scope: ts.Node): Map<string, ts.VariableDeclaration[]> {
    let found = this.elementAliasesByScope.get(scope);
    if (found) return found;
    const index = new Map<string, ts.VariableDeclaration[]>();
    found = index;
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        let root = elementSource(node.initializer);
        if (root && ts.isPropertyAccessExpression(root)) root = root.expression;
        if (root && ts.isIdentifier(root)) index.set(root.text, [...(index.get(root.text) ?? []), node]);
      }
      ts.forEachChild(node, visit);
    };
    visit(scope);
    this.elementAliasesByScope.set(scope, found);
    return found;
  }

  /** `buffer.chunks.push(chunk)` on a local object: the field holds what is pushed. */
  private fieldPushes(binding: Binding, field: string): Value[] {
    const values: Value[] = [];
    for (const node of this.writesIn(binding.scope).calls.get(`${binding.name}.${field}.push`) ?? []) {
      const holder = ((node.expression as ts.PropertyAccessExpression).expression as ts.PropertyAccessExpression).expression;
      if (!ts.isIdentifier(holder) || !this.refersTo(holder, binding)) continue;
      const pushed = join(...node.arguments.map((a) => (ts.isSpreadElement(a) ? this.elementOf(this.evaluate(a.expression)) : this.evaluate(a))));
      values.push({ ...factsOnly(arrayFacts(pushed.facts)), instances: pushed.instances });
    }
    return values;
  }

  private propertyWrites(binding: Binding, name: string): Value[] {
    const values: Value[] = [];
    // `area.innerHTML = html; area.value`: a textarea gives back what was written into it, entities decoded.
    const declaration = binding.declaration;
    const created = ts.isVariableDeclaration(declaration) && declaration.initializer ? declaration.initializer : undefined;
    const decodes = ["value", "textContent", "innerText"].includes(name) && created !== undefined && ts.isCallExpression(created) && ts.isPropertyAccessExpression(created.expression) && created.expression.name.text === "createElement" && created.arguments[0] !== undefined && ts.isStringLiteralLike(created.arguments[0]) && created.arguments[0].text === "textarea";
    for (const node of this.writesIn(binding.scope).propertyWrites.get(binding.name) ?? []) {
      const left = node.left;
      const writtenName = ts.isPropertyAccessExpression(left) ? left.name.text : ts.isElementAccessExpression(left) && ts.isStringLiteralLike(left.argumentExpression) ? left.argumentExpression.text : undefined;
      const written = decodes && writtenName === "innerHTML" ? name : writtenName;
      // `result.content = …` and `result.content += delta.content` (stream deltas accumulated on an object).
      if (written !== name || (node.operatorToken.kind !== ts.SyntaxKind.EqualsToken && node.operatorToken.kind !== ts.SyntaxKind.PlusEqualsToken)) continue;
      const base = (left as ts.PropertyAccessExpression | ts.ElementAccessExpression).expression;
      if (ts.isIdentifier(base) && this.refersTo(base, binding)) values.push(this.evaluate(node.right));
    }
    return values;
  }

  /**
   * `this` handed over whole (`new Coder(this)`): an instance of the class whose member it is in, or
   * the object literal whose method it is in. Arrow functions take `this` from around them.
   */
  private thisValue(node: ts.Node): Value {
    const literal = objectLiteralOfMethod(node);
    if (literal) return { ...emptyValue, objects: [literal] };
    for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
      if (ts.isClassLike(current)) return { ...emptyValue, instances: [current] };
      if (ts.isFunctionLike(current) && !ts.isArrowFunction(current) && !ts.isClassLike(current.parent)) return emptyValue;
    }
    return emptyValue;
  }

  /** `this.name` inside a class: the field's initializer, assignments in methods, or a method. */
  private thisMember(node: ts.Node, name: string): Value {
    // `this.streamChat(…)` in a method of an object literal: a member of that object.
    const literal = objectLiteralOfMethod(node);
    // …unless the object is a Vue component's option (`methods: { send() { this.messages … } }`): a member of its instance.
    const component = literal && (componentOfOption(literal) ?? (isComponentObject(literal) && isVueFile(literal.getSourceFile().fileName) ? literal : undefined));
    if (component) return this.vueInstanceMember(component, name);
    if (literal) return this.memberOfValue(this.evaluate(literal), name);
    let cls: ts.Node | undefined = node.parent;
    while (cls && !ts.isClassLike(cls)) cls = cls.parent;
    if (!cls || !ts.isClassLike(cls)) return emptyValue;
    const key = `${cls.getSourceFile().fileName}:${cls.pos}:this.${name}`;
    const klass = cls;
    return this.cycles.run(key, this.bindingMemo.get(key), (v) => (v ? this.bindingMemo.set(key, v) : this.bindingMemo.delete(key)), emptyValue, () => this.computeThisMember(klass, name));
  }

  /**
   * `withErrorHandling(() => { …; return db }, "ctx")()`: a helper that returns a function calling
   * the callback it was given (error handlers, retries, timers) gives, when that function is
   * called, what this call's callback returns — not what every callback of every caller returns.
   */
  private wrappedCallResult(node: ts.CallExpression): Value | undefined {
    const inner = node.expression;
    if (!ts.isCallExpression(inner)) return undefined;
    const wrappers = this.evaluate(inner.expression).functions;
    if (wrappers.length !== 1) return undefined;
    const wrapper = wrappers[0] as ts.SignatureDeclaration;
    const index = forwardedCallbackIndex(wrapper);
    const callback = index === undefined ? undefined : inner.arguments[index];
    if (!callback || ts.isSpreadElement(callback)) return undefined;
    const callbacks = this.evaluate(callback).functions;
    if (callbacks.length === 0) return undefined;
    const args = node.arguments;
    return join(...callbacks.map((fn) => this.instantiateReturn(fn, node, (i) => (args[i] && !ts.isSpreadElement(args[i]) ? this.evaluate(args[i] as ts.Expression) : emptyValue))));
  }

  /** `new Promise((resolve) => … resolve(text) …)`: the promise (and so its `await`) is what `resolve` is given. */
  private promiseResolution(node: ts.NewExpression): Value | undefined {
    if (!ts.isIdentifier(node.expression) || node.expression.text !== "Promise" || this.scopes.resolve(node.expression)) return undefined;
    const executor = node.arguments?.[0];
    if (!executor || !(ts.isArrowFunction(executor) || ts.isFunctionExpression(executor))) return undefined;
    const resolve = executor.parameters[0];
    if (!resolve || !ts.isIdentifier(resolve.name)) return undefined;
    const name = resolve.name.text;
    const values: Value[] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === name && this.scopes.resolve(n.expression)?.declaration === resolve && n.arguments[0]) values.push(this.evaluate(n.arguments[0]));
      ts.forEachChild(n, visit);
    };
    visit(executor.body);
    return values.length > 0 ? join(...values) : undefined;
  }

  /**
   * `states.get(id)` of `const states = new Map()` (or a class field `this.states = new Map()`):
   * whatever any `states.set(key, value)` stored, keys aside.
   */
  private mapRead(node: ts.CallExpression): Value | undefined {
    const callee = node.expression;
    if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "get" || node.arguments.length !== 1) return undefined;
    const receiver = skipTypeWrappers(callee.expression);
    // `new Map(entries)`: its entries' values are in it from the start.
    const initialEntries = (made: ts.Expression): Value => {
      const expr = skipTypeWrappers(made);
      const entries = ts.isNewExpression(expr) ? expr.arguments?.[0] : undefined;
      return entries ? this.elementOf(this.elementOf(this.evaluate(entries))) : emptyValue;
    };
    if (ts.isNewExpression(receiver) && isNewMap(receiver, this.scopes)) return initialEntries(receiver);
    let scope: ts.Node | undefined;
    let isReceiver: (e: ts.Expression) => boolean;
    let key: string;
    let initial: ts.Expression | undefined;
    if (ts.isIdentifier(receiver)) {
      const binding = this.scopes.resolve(receiver);
      const declaration = binding?.declaration;
      if (!binding || !declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer || !isNewMap(declaration.initializer, this.scopes)) return undefined;
      initial = declaration.initializer;
      scope = binding.scope;
      isReceiver = (e) => ts.isIdentifier(e) && this.refersTo(e, binding);
      key = `${declaration.getSourceFile().fileName}:${declaration.pos}:map`;
    } else if (ts.isPropertyAccessExpression(receiver) && receiver.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const cls = ts.findAncestor(receiver, ts.isClassLike);
      const field = receiver.name.text;
      const initializers = cls ? [...cls.members.flatMap((m) => (ts.isPropertyDeclaration(m) && m.name && propertyNameText(m.name) === field && m.initializer ? [m.initializer] : [])), ...(this.thisWritesIn(cls).get(field) ?? [])] : [];
      if (!cls || !initializers.some((i) => isNewMap(i, this.scopes))) return undefined;
      scope = cls;
      isReceiver = (e) => ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword && e.name.text === field;
      key = `${cls.getSourceFile().fileName}:${cls.pos}:this.${field}:map`;
    } else return undefined;
    const within = scope;
    return this.cycles.run(key, this.bindingMemo.get(key), (v) => (v ? this.bindingMemo.set(key, v) : this.bindingMemo.delete(key)), emptyValue, () => {
      const stored: Value[] = initial ? [initialEntries(initial)] : [];
      const visit = (n: ts.Node): void => {
        if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === "set" && n.arguments[1] && isReceiver(n.expression.expression)) stored.push(this.evaluate(n.arguments[1]));
        ts.forEachChild(n, visit);
      };
      visit(within);
      return join(...stored);
    });
  }

  /** A member of a Vue component's instance: its data, setup bindings, methods, computed values and what its functions write to `this`. */
  /** `defineStore(id, options)` of Pinia. */
  private isDefineStore(call: ts.CallExpression): boolean {
    return this.evaluate(call.expression).refs.some((ref) => refNames(ref, "pinia", "defineStore"));
  }

  private vueInstanceMember(component: ts.ObjectLiteralExpression, name: string): Value {
    const key = `${component.getSourceFile().fileName}:${component.pos}:vue.${name}`;
    return this.cycles.run(key, this.bindingMemo.get(key), (v) => (v ? this.bindingMemo.set(key, v) : this.bindingMemo.delete(key)), emptyValue, () => {
      const member = instanceMember(component, name);
      const pushed = join(...member.pushed.map((e) => this.evaluate(e)));
      return join(
        ...member.values.map((e) => this.evaluate(e)),
        ...(member.functions.length > 0 ? [{ ...emptyValue, functions: member.functions }] : []),
        ...member.getters.map((fn) => this.returnSummary(fn)),
        ...(member.pushed.length > 0 ? [{ ...factsOnly(arrayFacts(pushed.facts)), instances: pushed.instances }] : []),
      );
    });
  }

  /**
   * A free name in a Vue template (the generated template function): a member of the component's
   * instance with the Options API, a prop with `<script setup>` (its other names are the script's
   * own bindings, which resolve as usual).
   */
  private vueTemplateName(node: ts.Identifier): Value | undefined {
    const sourceFile = node.getSourceFile();
    const module = componentModuleOf(sourceFile);
    if (!module || module.framework !== "vue" || node.pos < module.templateStart) return undefined;
    if (module.setup) {
      const props = this.vuePropsValue(sourceFile);
      return props ? this.memberOfValue(props, node.text) : undefined;
    }
    const component = componentObject(sourceFile);
    return component ? this.vueInstanceMember(component, node.text) : undefined;
  }

  /** `defineProps<…>()` / `withDefaults(defineProps(…), …)` in `<script setup>`: what parent templates pass. */
  private vuePropsCall(node: ts.CallExpression): Value | undefined {
    if (!ts.isIdentifier(node.expression) || !["defineProps", "withDefaults"].includes(node.expression.text) || this.scopes.resolve(node.expression)) return undefined;
    const sourceFile = node.getSourceFile();
    return componentModuleOf(sourceFile)?.setup ? this.vuePropsValue(sourceFile) : undefined;
  }

  /** `$props()`, `$state(x)`, `$derived(expr)`, `$derived.by(fn)` in a Svelte component. */
  private svelteRune(node: ts.CallExpression): Value | undefined {
    const name = runeName(node);
    if (!name || this.scopes.resolve(name)) return undefined;
    const sourceFile = node.getSourceFile();
    if (componentModuleOf(sourceFile)?.framework !== "svelte") return undefined;
    const rune = runeValue(node);
    if (!rune) return undefined;
    if (rune.kind === "props") return this.vuePropsValue(sourceFile);
    if (rune.kind === "argument") return this.evaluate(rune.argument);
    return join(...this.evaluate(rune.callback).functions.map((fn) => this.instantiateReturn(fn, node, () => emptyValue)));
  }

  /** The parameter of the generated props function, whose callers are the parents' `<Child :prop="…">`. */
  private vuePropsValue(sourceFile: ts.SourceFile): Value | undefined {
    const fn = sourceFile.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === vuePropsFunction);
    const parameter = fn?.parameters[0];
    const binding = parameter && ts.isIdentifier(parameter.name) ? this.scopes.resolve(parameter.name) : undefined;
    return binding ? this.valueOfBinding(binding) : undefined;
  }

  /** `this.name = value` anywhere in a class's own members, by name: one walk per class. */
  thisWritesIn(cls: ts.ClassLikeDeclaration): Map<string, ts.Expression[]> {
    let writes = this.thisWritesByClass.get(cls);
    if (writes) return writes;
    const index = new Map<string, ts.Expression[]>();
    const pushes = new Map<string, ts.CallExpression[]>();
    const visit = (n: ts.Node): void => {
      // `this.previewText = …` and `this.previewText += chunk` (text streamed into a field).
      if (ts.isBinaryExpression(n) && (n.operatorToken.kind === ts.SyntaxKind.EqualsToken || n.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) && ts.isPropertyAccessExpression(n.left) && n.left.expression.kind === ts.SyntaxKind.ThisKeyword) {
        const list = index.get(n.left.name.text) ?? [];
        list.push(n.right);
        index.set(n.left.name.text, list);
      }
      // `this.messages.push(message)`: an element of the field.
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && ["push", "unshift", "splice"].includes(n.expression.name.text) && ts.isPropertyAccessExpression(n.expression.expression) && n.expression.expression.expression.kind === ts.SyntaxKind.ThisKeyword) {
        const field = n.expression.expression.name.text;
        pushes.set(field, [...(pushes.get(field) ?? []), n]);
      }
      if (!ts.isClassLike(n)) ts.forEachChild(n, visit);
    };
    ts.forEachChild(cls, visit);
    this.thisWritesByClass.set(cls, index);
    this.thisPushesByClass.set(cls, pushes);
    writes = index;
    return writes;
  }

  private computeThisMember(cls: ts.ClassLikeDeclaration, name: string): Value {
    const values: Value[] = [];
    for (const member of cls.members) {
      if (!member.name || propertyNameText(member.name) !== name) continue;
      if (ts.isPropertyDeclaration(member) && member.initializer) values.push(this.evaluate(member.initializer));
      const instance = ts.isPropertyDeclaration(member) ? this.typedInstance(member.type) : undefined;
      if (instance) values.push(instance);
      if (ts.isMethodDeclaration(member)) values.push({ ...emptyValue, functions: [member] });
      // `this.apiClient` with `get apiClient(): ApiClient { … return client; }`: what the getter returns, as declared.
      if (ts.isGetAccessorDeclaration(member)) {
        values.push(this.returnSummary(member));
        const declared = this.typedInstance(member.type);
        if (declared) values.push(declared);
      }
    }
    // `this.parseReply(chunk)` in a base class runs the subclass's override (a template method).
    if (cls.members.some((m) => ts.isMethodDeclaration(m) && m.name !== undefined && propertyNameText(m.name) === name)) values.push(...this.overridesOf(cls, name, 0));
    for (const right of this.thisWritesIn(cls).get(name) ?? []) values.push(this.evaluate(right));
    for (const right of this.outsideFieldWrites?.(cls, name) ?? []) values.push(this.evaluate(right));
    for (const push of this.thisPushesByClass.get(cls)?.get(name) ?? []) {
      // `this.messages.splice(index, 0, message)` inserts what follows its first two arguments.
      const inserted = ts.isPropertyAccessExpression(push.expression) && push.expression.name.text === "splice" ? push.arguments.slice(2) : push.arguments;
      const pushed = join(...inserted.map((a) => (ts.isSpreadElement(a) ? this.elementOf(this.evaluate(a.expression)) : this.evaluate(a))));
      values.push({ ...factsOnly(arrayFacts(pushed.facts)), instances: pushed.instances });
    }
    // Constructor parameter properties (`constructor(private readonly agent: Agent)`): what callers pass.
    const constructor = cls.members.find(ts.isConstructorDeclaration);
    for (const parameter of constructor?.parameters ?? []) {
      const property = ts.canHaveModifiers(parameter) && (ts.getModifiers(parameter) ?? []).some((m) => [ts.SyntaxKind.PublicKeyword, ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword, ts.SyntaxKind.ReadonlyKeyword].includes(m.kind));
      if (!property || !ts.isIdentifier(parameter.name) || parameter.name.text !== name) continue;
      // Only fields typed as a class or interface (or untyped) are followed to what callers pass (services,
      // the agent itself): following every `prefix: string` property to its callers cost more memory than a
      // 256 MB heap on the 2,000-file benchmark.
      const mayHoldObject = parameter.type === undefined || ts.isTypeReferenceNode(parameter.type);
      if (!constructor || !mayHoldObject) continue;
      const binding = this.scopes.resolve(parameter.name);
      if (binding) values.push(this.valueOfBinding(binding));
      values.push(...this.injectedObjects(constructor, constructor.parameters.indexOf(parameter), parameter));
    }
    // A member the class inherits: `this.fetch(…)` defined in `AbstractProvider`, which the provider extends.
    if (values.length === 0) for (const base of this.baseClasses(cls)) values.push(this.computeThisMember(base, name));
    return join(...values);
  }

  /** The methods named `name` that subclasses of a class (and theirs) declare. */
  private overridesOf(cls: ts.ClassLikeDeclaration, name: string, depth: number): Value[] {
    if (depth > 2 || !this.subclassesOf) return [];
    const values: Value[] = [];
    for (const sub of this.subclassesOf(cls)) {
      for (const member of sub.members) if (ts.isMethodDeclaration(member) && member.name !== undefined && propertyNameText(member.name) === name && member.body) values.push({ ...emptyValue, functions: [member] });
      values.push(...this.overridesOf(sub, name, depth + 1));
    }
    return values;
  }

  /** The project classes a class extends (one level; deeper ones through the recursion of their users). */
  private baseClasses(cls: ts.ClassLikeDeclaration): ts.ClassLikeDeclaration[] {
    const heritage = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
    return heritage ? this.evaluate(heritage).classes.filter((base) => base !== cls) : [];
  }

  /** A member of a project class or of its instances: a method to call, a field's value, a getter's result. */
  private classMember(cls: ts.ClassLikeDeclaration, name: string, isStatic: boolean): Value {
    const values: Value[] = [];
    for (const member of cls.members) {
      if (!member.name || propertyNameText(member.name) !== name) continue;
      const memberIsStatic = ts.canHaveModifiers(member) && (ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) ?? false);
      if (memberIsStatic !== isStatic) continue;
      if (ts.isMethodDeclaration(member)) values.push({ ...emptyValue, functions: [member] });
      else if (ts.isGetAccessorDeclaration(member)) {
        values.push(this.returnSummary(member));
        const declared = this.typedInstance(member.type);
        if (declared) values.push(declared);
      }
      // `items: Item[] = []` and later `this.items.push(item)`: the field as the class's own code fills it.
      else if (ts.isPropertyDeclaration(member) && member.initializer) values.push(isStatic ? this.evaluate(member.initializer) : this.thisMember(member, name));
      else if (ts.isPropertyDeclaration(member) && !isStatic) {
        const instance = this.typedInstance(member.type);
        if (instance) values.push(instance);
      }
    }
    if (values.length === 0 && !isStatic) {
      // Fields assigned in the constructor or other methods: `this.client = new OpenAI()`.
      const first = cls.members.find((m) => ts.isMethodDeclaration(m) || ts.isConstructorDeclaration(m));
      if (first) return this.thisMember(first, name);
      // …or inherited: `provider.fetch(…)` defined in the base class.
      return join(...this.baseClasses(cls).map((base) => this.classMember(base, name, false)));
    }
    // A singleton's static field set where it is first asked for: `DomBuilder.instance = new DomBuilder()`.
    if (isStatic && cls.name) values.push(...this.staticWrites(cls, cls.name.text, name).map((right) => this.evaluate(right)));
    return join(...values);
  }

  /** `ClassName.field = value` inside the class. */
  private staticWrites(cls: ts.ClassLikeDeclaration, className: string, field: string): ts.Expression[] {
    const found: ts.Expression[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && node.left.name.text === field && ts.isIdentifier(node.left.expression) && node.left.expression.text === className && this.scopes.resolve(node.left.expression)?.declaration === cls) found.push(node.right);
      ts.forEachChild(node, visit);
    };
    for (const member of cls.members) visit(member);
    return found;
  }

  // ── operators and literals ───────────────────────────────────────────────────────────────

  private evaluateBinary(node: ts.BinaryExpression): Value {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.PlusEqualsToken) {
      return factsOnly([...this.access(this.evaluate(node.left).facts, { op: "toString" }), ...this.access(this.evaluate(node.right).facts, { op: "toString" })]);
    }
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.AmpersandAmpersandToken) return join(this.evaluate(node.left), this.evaluate(node.right));
    if (op === ts.SyntaxKind.EqualsToken || op === ts.SyntaxKind.BarBarEqualsToken || op === ts.SyntaxKind.QuestionQuestionEqualsToken) return this.evaluate(node.right);
    if (op === ts.SyntaxKind.CommaToken) return this.evaluate(node.right);
    return emptyValue; // comparisons, arithmetic, `in`, `instanceof`: numbers and booleans
  }

  /**
   * An object literal: each source's fields become one fact with an object shape; parameters
   * and spreads stay as they are. The literal itself is kept so that reading a field is exact.
   */
  private evaluateObjectLiteral(node: ts.ObjectLiteralExpression): Value {
    const bySource = new Map<string, { fact: Fact; fields: Map<string, Shape> }>();
    const loose: Fact[] = [];
    for (const property of node.properties) {
      if (ts.isSpreadAssignment(property)) {
        loose.push(...this.evaluate(property.expression).facts);
        continue;
      }
      const name = property.name ? propertyNameText(property.name) : undefined;
      const value = ts.isPropertyAssignment(property) ? this.evaluate(property.initializer) : ts.isShorthandPropertyAssignment(property) ? this.evaluate(property.name) : emptyValue;
      for (const fact of value.facts) {
        if (fact.origin.kind !== "source" || name === undefined) {
          // A parameter's value under a field stays under that field once the caller's value is known.
          loose.push(fact.origin.kind === "param" && name !== undefined ? { ...fact, accesses: [...fact.accesses, { op: "wrap", name }] } : fact);
          continue;
        }
        const entry = bySource.get(factKey(fact)) ?? { fact, fields: new Map<string, Shape>() };
        entry.fields.set(name, fact.shape);
        bySource.set(factKey(fact), entry);
      }
    }
    const facts: Fact[] = [...[...bySource.values()].map(({ fact, fields }) => ({ ...fact, shape: objectWithFields(fields) as Shape })), ...loose];
    return { ...emptyValue, facts, objects: [node] };
  }

  // ── calls ────────────────────────────────────────────────────────────────────────────────

  /** The result of a project helper that refuses `..` segments (`encodeVaultPath`) stays inside the URL path it is put in. */
  private dotSegmentsRefused(node: ts.CallExpression, result: Value): Value {
    if (result.facts.length === 0) return result;
    const fns = this.evaluate(node.expression).functions;
    if (fns.length === 0) return result;
    const refuses = fns.every((fn) => {
      let known = this.dotSegmentMemo.get(fn);
      if (known === undefined) this.dotSegmentMemo.set(fn, (known = refusesDotSegments(fn, (identifier) => this.constInitializerOf(identifier))));
      return known;
    });
    return refuses ? { ...result, facts: sanitize(result.facts, ["api-path", "dot-segment"]) } : result;
  }

  private readonly dotSegmentMemo = new Map<ts.SignatureDeclaration, boolean>();

  /**
   * Whether an HTTP request reads data rather than calls a model: a GET (`fetch(url)`,
   * `axios.get(url)`), or a request to a fixed absolute address that is no model API. Relative
   * addresses are the app's own routes.
   */
  private requestReadsData(call: ts.CallExpression, method: string | undefined): boolean {
    const [first, second] = call.arguments;
    const config = first && ts.isObjectLiteralExpression(skipTypeWrappers(first)) ? (skipTypeWrappers(first) as ts.ObjectLiteralExpression) : undefined;
    const property = (object: ts.Expression | undefined, name: string): ts.Expression | undefined => {
      // `const options = { method: "POST", body }; fetch(url, options)`
      const held = object && ts.isIdentifier(skipTypeWrappers(object)) ? this.constInitializerOf(skipTypeWrappers(object) as ts.Identifier) : undefined;
      const expr = held ? skipTypeWrappers(held) : object && skipTypeWrappers(object);
      if (!expr || !ts.isObjectLiteralExpression(expr)) return undefined;
      const found = expr.properties.find((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && propertyNameText(p.name) === name);
      return found && ts.isPropertyAssignment(found) ? found.initializer : found && ts.isShorthandPropertyAssignment(found) ? found.name : undefined;
    };
    const url = config ? property(config, "url") : first;
    const address = this.literalPrefix(url, 0);
    const known = this.literalPieces(url, 0);
    if ((address !== undefined && /^[./]/.test(address)) || this.catalogue.modelApiUrls.some((pattern) => pattern.test(known))) return false;
    // Bytes (`responseType: "arraybuffer"`: an image to encode) are no text to read.
    const responseType = property(config ?? (method === "get" || method === undefined ? second : call.arguments[2]), "responseType");
    if (responseType && ts.isStringLiteralLike(responseType) && ["arraybuffer", "blob", "stream"].includes(responseType.text)) return false;
    // A token or sign-in endpoint answers with credentials, not with text anyone wrote.
    if (/grant_type=|oauth|access_token|\/token\b|\/auth\b|\/login\b/i.test(known)) return false;
    const methodValue = config ? property(config, "method") : method === undefined && second ? property(second, "method") : undefined;
    const verb = method === "get" ? "GET" : method === "post" ? "POST" : methodValue && ts.isStringLiteralLike(methodValue) ? methodValue.text.toUpperCase() : methodValue ? "?" : method === undefined && second && property(second, "body") ? "POST" : "GET";
    if (verb === "GET") return true;
    return address !== undefined && /^https?:\/\/[^/]/i.test(address);
  }

  /** The literal text a URL starts with: a string, a template's head, a `const`, the left of a `+`. */
  private literalPrefix(expression: ts.Expression | undefined, depth: number): string | undefined {
    const expr = expression && skipTypeWrappers(expression);
    if (!expr || depth > 3) return undefined;
    if (ts.isStringLiteralLike(expr)) return expr.text;
    if (ts.isTemplateExpression(expr)) return expr.head.text === "" ? this.literalPrefix(expr.templateSpans[0]?.expression, depth + 1) : expr.head.text;
    if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) return this.literalPrefix(expr.left, depth + 1);
    if (ts.isIdentifier(expr)) return this.literalPrefix(this.constInitializerOf(expr), depth + 1);
    return undefined;
  }

  /** The literal pieces of a URL joined (`${base}/chat/completions` gives "/chat/completions"): enough to recognize a model API's path. */
  private literalPieces(expression: ts.Expression | undefined, depth: number): string {
    const expr = expression && skipTypeWrappers(expression);
    if (!expr || depth > 3) return "";
    if (ts.isStringLiteralLike(expr)) return expr.text;
    if (ts.isTemplateExpression(expr)) return expr.head.text + expr.templateSpans.map((span) => this.literalPieces(span.expression, depth + 1) + span.literal.text).join("");
    if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) return this.literalPieces(expr.left, depth + 1) + this.literalPieces(expr.right, depth + 1);
    if (ts.isIdentifier(expr)) return this.literalPieces(this.constInitializerOf(expr), depth + 1);
    return "";
  }

  /** The initializer of a `const` an identifier names. */
  private constInitializerOf(identifier: ts.Identifier): ts.Expression | undefined {
    const declaration = this.scopes.resolve(identifier)?.declaration;
    return declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && declaration.parent.flags & ts.NodeFlags.Const ? declaration.initializer : undefined;
  }

  /** The class a Durable Object namespace binding is declared with: `env.X` where `Env` has `X: DurableObjectNamespace<C>`. */
  private durableObjectClasses(namespace: ts.Expression): readonly ts.ClassLikeDeclaration[] {
    if (!ts.isPropertyAccessExpression(namespace) || !ts.isIdentifier(namespace.expression)) return [];
    const holder = this.scopes.resolve(namespace.expression)?.declaration;
    const holderType = holder && (ts.isParameter(holder) || ts.isVariableDeclaration(holder)) ? holder.type : undefined;
    if (!holderType || !ts.isTypeReferenceNode(holderType) || !ts.isIdentifier(holderType.typeName)) return [];
    const declared = this.typeDeclaration(holderType.typeName);
    const members = declared && ts.isInterfaceDeclaration(declared) ? declared.members : declared && ts.isTypeLiteralNode(declared.type) ? declared.type.members : [];
    for (const member of members) {
      if (!ts.isPropertySignature(member) || !member.name || propertyNameText(member.name) !== namespace.name.text) continue;
      const type = member.type;
      const [argument] = type && ts.isTypeReferenceNode(type) && type.typeName.getText().endsWith("DurableObjectNamespace") ? (type.typeArguments ?? []) : [];
      if (argument && ts.isTypeReferenceNode(argument) && ts.isIdentifier(argument.typeName)) return this.evaluate(argument.typeName).classes;
    }
    return [];
  }

  /** The interface or type alias a type name stands for, in its file or the module it is imported from. */
  /**
   * The type an untyped callback parameter gets from the function it is handed to:
   * `defineTabTool({ handle: async (tab, params) => … })` with `defineTabTool(tool: TabTool)` and
   * `type TabTool = { handle: (tab: Tab, …) => … }` types `tab` as `Tab`.
   */
  private contextualType(parameter: ts.ParameterDeclaration): ts.TypeNode | undefined {
    const fn = parameter.parent;
    if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn) && !ts.isMethodDeclaration(fn)) return undefined;
    const index = fn.parameters.indexOf(parameter);
    const holder = ts.isMethodDeclaration(fn) ? fn : fn.parent;
    const key = (ts.isPropertyAssignment(holder) || ts.isMethodDeclaration(holder)) && holder.name ? propertyNameText(holder.name) : undefined;
    const argument = key !== undefined && ts.isObjectLiteralExpression(holder.parent) ? holder.parent : fn;
    const call = argument.parent;
    // Only a project function called by name declares what it passes (`defineTabTool({ … })`); reading a
    // method's receiver (`answer.split(" ").filter((w) => …)`) for every callback would cost more than it tells.
    if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return undefined;
    const position = call.arguments.indexOf(argument as ts.Expression);
    if (position < 0) return undefined;
    const callee = this.evaluate(call.expression).functions[0];
    const type = callee?.parameters[position]?.type;
    const parameters = type && (key !== undefined ? this.memberParameters(type, key) : functionTypeParameters(type));
    return parameters?.[index]?.type;
  }

  /** The parameters of a function-typed member of a named object type: `handle` of `TabTool<Input>`. */
  private memberParameters(type: ts.TypeNode, key: string): readonly ts.ParameterDeclaration[] | undefined {
    if (!ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return undefined;
    const declared = this.typeDeclaration(type.typeName);
    const members = declared && ts.isInterfaceDeclaration(declared) ? declared.members : declared && ts.isTypeLiteralNode(declared.type) ? declared.type.members : undefined;
    const member = members?.find((m) => m.name !== undefined && propertyNameText(m.name) === key);
    if (member && ts.isPropertySignature(member)) return member.type && functionTypeParameters(member.type);
    return member && ts.isMethodSignature(member) ? member.parameters : undefined;
  }

  private typeDeclaration(name: ts.Identifier): ts.InterfaceDeclaration | ts.TypeAliasDeclaration | undefined {
    const declaredIn = (sourceFile: ts.SourceFile, text: string) => sourceFile.statements.find((s): s is ts.InterfaceDeclaration | ts.TypeAliasDeclaration => (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name.text === text);
    const imported = this.scopes.resolve(name)?.declaration;
    if (imported && ts.isImportSpecifier(imported)) {
      const specifier = imported.parent.parent.parent.moduleSpecifier;
      const target = ts.isStringLiteralLike(specifier) ? this.modules.resolve(specifier.text, name.getSourceFile().fileName) : undefined;
      const sourceFile = target ? this.modules.sourceFile(target) : undefined;
      return sourceFile ? this.declaredThrough(sourceFile, (imported.propertyName ?? imported.name).text, declaredIn, 0) : undefined;
    }
    return declaredIn(name.getSourceFile(), name.text);
  }

  /** A type declared in a module or in one it re-exports (`export * from "./slack"` of a `types/index.ts`). */
  private declaredThrough<T>(sourceFile: ts.SourceFile, name: string, declaredIn: (sourceFile: ts.SourceFile, name: string) => T | undefined, depth: number): T | undefined {
    const here = declaredIn(sourceFile, name);
    if (here || depth >= 3) return here;
    for (const statement of sourceFile.statements) {
      if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier || !ts.isStringLiteralLike(statement.moduleSpecifier)) continue;
      const clause = statement.exportClause;
      const renamed = clause && ts.isNamedExports(clause) ? clause.elements.find((e) => e.name.text === name) : undefined;
      if (clause && !renamed) continue;
      const target = this.modules.resolve(statement.moduleSpecifier.text, sourceFile.fileName);
      const next = target ? this.modules.sourceFile(target) : undefined;
      const found = next ? this.declaredThrough(next, renamed ? (renamed.propertyName ?? renamed.name).text : name, declaredIn, depth + 1) : undefined;
      if (found) return found;
    }
    return undefined;
  }

  private evaluateCall(node: ts.CallExpression): Value {
    // `await import("child_process")`: the module's namespace, as a static `import * as`.
    if (node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const specifier = node.arguments[0];
      return specifier && ts.isStringLiteralLike(specifier) ? this.importValue(specifier.text, "*", node.getSourceFile().fileName) : emptyValue;
    }
    // `stream[Symbol.asyncIterator]()`: the iterator gives what the stream gives.
    const iteratorOf = node.expression;
    if (ts.isElementAccessExpression(iteratorOf) && ts.isPropertyAccessExpression(iteratorOf.argumentExpression) && ts.isIdentifier(iteratorOf.argumentExpression.expression) && iteratorOf.argumentExpression.expression.text === "Symbol" && ["asyncIterator", "iterator"].includes(iteratorOf.argumentExpression.name.text)) return this.evaluate(iteratorOf.expression);
    // `actionRe.exec(reply)`: the match holds the text's pieces, as `reply.match(actionRe)` does.
    if (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "exec" && node.arguments.length === 1 && this.isRegex(node.expression.expression)) {
      // …unless the pattern is anchored at both ends and admits no free character: `/^(\d{4})-(\d{2})$/`.
      const pattern = this.definitionOf(node.expression.expression);
      if (ts.isRegularExpressionLiteral(pattern) && isClosedPattern(pattern.text)) return emptyValue;
      return factsOnly(this.access(argValue0(this, node).facts, { op: "call", name: "match" }));
    }
    // `env.READER.get(id)` with `READER: DurableObjectNamespace<WarpDiagReader>` in the worker's `Env`:
    // a stub whose methods run the class's (Cloudflare's RPC to Durable Objects).
    if (ts.isPropertyAccessExpression(node.expression) && ["get", "getByName"].includes(node.expression.name.text)) {
      const classes = this.durableObjectClasses(node.expression.expression);
      if (classes.length > 0) return { ...emptyValue, instances: classes };
    }
    // `fetch.bind(globalThis)`, `this.run.bind(this)`: the same function with `this` fixed (no arguments bound).
    if (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "bind" && node.arguments.length <= 1) {
      const bound = this.evaluate(node.expression.expression);
      if (bound.refs.length > 0 || bound.functions.length > 0) return { ...emptyValue, refs: bound.refs, functions: bound.functions, kinds: bound.kinds };
    }
    const props = this.vuePropsCall(node) ?? this.svelteRune(node);
    if (props) return props;
    const stored = this.mapRead(node);
    if (stored) return stored;
    const wrapped = this.wrappedCallResult(node);
    if (wrapped) return wrapped;
    const signal = this.signalRead(node);
    if (signal) return signal;
    const held = this.storeRead(node);
    if (held) return held;
    const selected = this.reduxSelection(node);
    if (selected) return selected;
    const callee = this.evaluate(node.expression);
    // `useChatStore()` of a Pinia options store: the store's instance.
    const stores = callee.functions.length === 0 ? callee.objects.filter(isStoreOptions) : [];
    if (stores.length > 0) return { ...emptyValue, objects: stores };
    const args = node.arguments;
    const argValue = (i: number): Value => {
      const arg = args[i];
      return arg ? (ts.isSpreadElement(arg) ? this.elementOf(this.evaluate(arg.expression)) : this.evaluate(arg)) : emptyValue;
    };
    const allArgs = (): Value => join(...args.map((_, i) => argValue(i)));

    // Sanitizers and well-known conversions.
    const protects = this.sanitizerProtection(node, callee);
    if (protects === "all") return emptyValue;
    if (protects) return factsOnly(sanitize(allArgs().facts, protects));
    // `Schema.parse(x)` / `safeParse(x)` with an open zod schema: what its open fields admit goes through.
    if (ts.isPropertyAccessExpression(node.expression) && zodParseMethods.has(node.expression.name.text) && this.isZodSchema(node.expression.expression)) {
      const mask = zodToShape(this.zodShape(node.expression.expression));
      const input = argValue(0);
      const parsed = this.access(input.facts, { op: "restrict", mask });
      if (node.expression.name.text.startsWith("safe")) return factsOnly(this.access(parsed, { op: "wrap", name: "data" }));
      // `ToolSchema.parse({ name: "…", … })` is that object, checked.
      return { ...factsOnly(parsed), objects: input.objects };
    }
    // `tool.schema.parse(args)` with `tool` found in a table of tool entries: a schema of some tool,
    // unknown here — the input passes as open.
    if (ts.isPropertyAccessExpression(node.expression) && zodParseMethods.has(node.expression.name.text) && ts.isPropertyAccessExpression(node.expression.expression) && ["schema", "inputSchema", "parameters", "argsSchema"].includes(node.expression.expression.name.text) && callee.functions.length === 0 && callee.refs.length === 0) {
      const input = argValue(0);
      return node.expression.name.text.startsWith("safe") ? factsOnly(this.access(input.facts, { op: "wrap", name: "data" })) : factsOnly(input.facts);
    }
    const globalName = callee.refs.find((r) => r.module === "<global>");
    if (globalName) {
      const member = `${globalName.exportName}${globalName.members.length > 0 ? `.${globalName.members.join(".")}` : ""}`;
      if (member === "JSON.parse") {
        const parsed = this.access(argValue(0).facts, { op: "parse" });
        const text = args[0];
        // Read at a completion's own fields, parsed JSON is a completion whatever fetched it.
        if (!text || ts.isStringLiteralLike(text)) return factsOnly(parsed);
        const file = node.getSourceFile();
        const origin: SourceOrigin = { kind: "source", category: "model", label: "JSON.parse (read as a completion)", fieldsOnly: true, file: file.fileName, start: node.getStart(file), end: node.getEnd(), ...(this.runsInBrowser(node) ? { browserOnly: true as const } : {}) };
        this.parsedCompletion ??= shapeFromPaths(this.catalogue.parsedCompletionShape) ?? "data";
        const completion: Fact = { origin, shape: this.parsedCompletion, accesses: [], steps: [{ file: file.fileName, start: origin.start, end: origin.end, message: "model output, read with a completion's fields" }], sanitized: new Set() };
        return factsOnly([...parsed, completion]);
      }
      if (member === "JSON.stringify") return factsOnly(this.access(argValue(0).facts, { op: "serialize" }));
      if (member === "String") return factsOnly(this.access(argValue(0).facts, { op: "toString" }));
      if (member.startsWith("Math.") || member === "Date.now" || member === "Object.keys") return emptyValue;
      // `Object.values(screenshotTools)` of `import * as screenshotTools`: the module's exported objects, listed.
      if (member === "Object.values") {
        const listed = this.namespaceObjects(argValue(0));
        if (listed.length > 0) return { ...factsOnly(allArgs().facts), elementObjects: listed };
      }
      // `await Promise.race([ask(), timeout])`: what one of the promises settles with, not a list.
      if (member === "Promise.race" || member === "Promise.any") return this.elementOf(argValue(0));
      // `for (const [flag, value] of Object.entries(flags))`: each entry holds any of the object's fields.
      if (member === "Object.values" || member === "Object.entries") {
        const fields = arrayFacts(this.access(argValue(0).facts, { op: "prop", name: anyKey }));
        if (fields.length > 0) return factsOnly(member === "Object.entries" ? arrayFacts(fields) : fields);
      }
      if (member === "Object.values" || member === "Object.entries" || member === "Array.from" || member === "Promise.all" || member === "Promise.allSettled" || member === "Promise.resolve" || member === "Object.assign" || member === "Array.of") {
        return factsOnly(allArgs().facts);
      }
      if (member === "require") {
        const spec = args[0];
        if (spec && ts.isStringLiteralLike(spec)) return this.importValue(spec.text, "*", node.getSourceFile().fileName);
      }
      if (member === "Buffer.byteLength" || member === "Buffer.compare" || member === "Buffer.isBuffer") return emptyValue; // numbers and booleans
      // An encoded value stays one segment of a URL path: `/` becomes `%2F`.
      if (member === "encodeURIComponent") return factsOnly(sanitize(allArgs().facts, ["api-path"]));
      if (passThroughGlobals.has(member) || member.startsWith("Buffer.")) return factsOnly(allArgs().facts);
    }
    if (callee.refs.some((r) => r.module === "util" || r.module === "node:util") && callee.refs.some((r) => r.exportName === "promisify" || r.members[0] === "promisify")) return argValue(0);
    // zustand: `create((set) => ({ … }))` builds a store; calling its hook reads the state.
    const store = this.storeCall(node, callee, argValue);
    if (store) return store;
    // `useMemo(() => render, deps)`, `memo(Reply)`: the wrapped value itself.
    const wrapper = this.catalogue.identityWrappers.find((w) => callee.refs.some((ref) => w.modules.some((module) => refNames(ref, module, w.exportName))));
    if (wrapper) {
      const first = argValue(wrapper.argument ?? 0);
      return wrapper.gives === "argument" ? first : join(...first.functions.map((fn) => this.instantiateReturn(fn, node, () => emptyValue)));
    }

    const results: Value[] = [];
    const file = node.getSourceFile();
    const origin = (label: string, shape: Shape, category: "model" | "retrieved" = "model", conversation?: boolean): Fact => {
      const source: SourceOrigin = { kind: "source", category, label, file: file.fileName, start: node.getStart(file), end: node.getEnd(), ...(this.runsInBrowser(node) ? { browserOnly: true as const } : {}), ...(conversation ? { conversation: true as const } : {}) };
      const message = category === "model" ? `model output from ${label}` : `retrieved content from ${label}`;
      return { origin: source, shape, accesses: [], steps: [{ file: file.fileName, start: source.start, end: source.end, message }], sanitized: new Set() };
    };

    // SDK calls on values of a known kind: `openai.chat.completions.create(...)`.
    for (const kindPath of callee.kinds) {
      for (const entry of this.catalogue.memberCalls) {
        if (entry.kind !== kindPath.kind || !pathMatches(entry.path, kindPath.path)) continue;
        if (entry.command && !this.isCommand(args[0], entry.command)) continue;
        if (entry.readsData && !this.requestReadsData(node, kindPath.path[kindPath.path.length - 1])) continue;
        if (entry.produces) results.push({ ...emptyValue, kinds: [{ kind: entry.produces, path: [] }] });
        if (entry.returns) {
          const shape = this.shapeOf(entry.returns, node);
          if (shape) results.push(factsOnly([origin(this.labelFor(node, kindPath), shape, entry.category, entry.conversation)]));
        }
      }
    }
    // An SDK call on a client the evaluator cannot see (a constructor parameter, an injected
    // service): recognized by its call shape in a file that imports that SDK.
    if (results.length === 0 && callee.kinds.length === 0 && ts.isPropertyAccessExpression(node.expression)) {
      const calleeAccess = node.expression;
      const chain = memberChain(calleeAccess);
      const imported = this.importedModules(file);
      // With a type checker, the receiver's declared type says which SDK it is, wherever it came from.
      const typedPackages = new Map<number, string | undefined>();
      const receiverPackage = (depth: number): string | undefined => {
        if (!typedPackages.has(depth)) typedPackages.set(depth, this.packageOfType(receiverAt(calleeAccess, depth)));
        return typedPackages.get(depth);
      };
      for (const entry of this.catalogue.memberCalls) {
        if (!entry.returns || entry.command || !pathMatches(entry.path, chain.slice(-entry.path.length))) continue;
        const byType = (): boolean => this.catalogue.kindOrigins.some((o) => o.kind === entry.kind && receiverPackage(entry.path.length) === o.module);
        if (entry.path.length < 2 && !entry.distinctive && !byType()) continue;
        if (!entry.distinctive && !this.catalogue.kindOrigins.some((o) => o.kind === entry.kind && imported.has(o.module)) && !byType()) continue;
        const shape = this.shapeOf(entry.returns, node);
        if (shape) results.push(factsOnly([origin(this.labelFor(node, { kind: entry.kind, path: entry.path }), shape, entry.category, entry.conversation)]));
        break;
      }
    }
    const answered = this.extensionReply(node);
    if (answered) results.push(answered);
    const invoked = this.invokedResult(node);
    if (invoked) results.push(invoked);
    // A chat UI reading its backend's answer: `fetch("/api/chat")`.
    const endpoint = this.endpointSourceShape(node, callee, "call");
    if (endpoint) results.push(factsOnly([{ ...origin(endpoint.label, endpoint.shape), origin: { ...origin(endpoint.label, endpoint.shape).origin as SourceOrigin, browserOnly: true } }]));
    // `prompt.pipe(model)`: a chain that contains a model.
    if (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "pipe" && args.some((_, i) => argValue(i).kinds.some((k) => k.kind.startsWith("lc-") && k.path.length === 0))) {
      results.push({ ...emptyValue, kinds: [{ kind: "lc-runnable", path: [] }] });
    }
    // Module functions: `generateText(...)`, factories such as `createPool(...)`.
    for (const ref of callee.refs) {
      for (const entry of this.catalogue.functionCalls) {
        if (!refNames(ref, entry.module, entry.exportName, entry.member)) continue;
        if (entry.produces) results.push({ ...emptyValue, kinds: [{ kind: entry.produces, path: [] }] });
        if (entry.returns) {
          const shape = this.shapeOf(entry.returns, node);
          if (shape) results.push(factsOnly([origin(`${entry.exportName === "default" ? entry.module : entry.exportName}${entry.member ? `.${entry.member}` : ""}`, shape, entry.category)]));
        }
      }
      for (const kindOrigin of this.catalogue.kindOrigins) {
        if (kindOrigin.how === "call" && refNames(ref, kindOrigin.module, kindOrigin.exportName)) results.push({ ...emptyValue, kinds: [{ kind: kindOrigin.kind, path: [] }] });
      }
      for (const custom of this.customSources) {
        if (refNames(ref, custom.module, custom.exportName)) results.push(factsOnly([origin(custom.exportName, custom.returns === "retrieved" ? "text" : custom.returns, custom.returns === "retrieved" ? "retrieved" : "model")]));
      }
    }

    // Project functions: their return summary, instantiated with these arguments.
    for (const fn of callee.functions) {
      const returned = this.instantiateReturn(fn, node, argValue);
      results.push(returned);
      // `wrapWithAuthRetry(nodeFetch, config)` returning `(url, options) => baseFetch(url, options)`: a wrapper of a library function is that function.
      for (const [i, parameter] of fn.parameters.entries()) {
        if (returned.functions.length === 0 || !ts.isIdentifier(parameter.name)) continue;
        const given = argValue(i);
        if (given.refs.length > 0 && returned.functions.some((closure) => callsParameter(closure, parameter, this.scopes))) results.push({ ...emptyValue, refs: given.refs });
      }
    }
    const weakCheck = results.some((r) => r.facts.length > 0) ? this.weakConfinement(node, callee) : undefined;
    if (weakCheck) {
      const checkFile = weakCheck.node.getSourceFile();
      const step: Step = { file: checkFile.fileName, start: weakCheck.node.getStart(checkFile), end: weakCheck.node.getEnd(), message: weakCheck.message };
      return join(...results.map((r) => ({ ...r, facts: withStep(r.facts, step) })));
    }

    // Methods on model output and arrays of it.
    if (ts.isPropertyAccessExpression(node.expression)) {
      const methodName = node.expression.name.text;
      const receiver = this.evaluate(node.expression.expression);
      // `"".concat(text, "\n")`, `bytes.concat(Array.from(chunk))`: what is appended is in the result.
      if (methodName === "concat" && receiver.facts.length === 0 && callee.functions.length === 0) results.push(factsOnly(allArgs().facts));
      // `TEMPLATE.replace("{question}", input)`, `.replace(/{{(.*?)}}/g, (m, key) => inserts[key])` on the app's own text: what goes in is in the result.
      if ((methodName === "replace" || methodName === "replaceAll") && receiver.facts.length === 0 && callee.functions.length === 0) {
        // Only what instructs a model is followed here: model output put into a URL template keeps the URL rules' own reading.
        const inserted = [...argValue(1).facts, ...this.inlineCallbackResults(node).flatMap((v) => v.facts)].filter((f) => f.origin.kind !== "source" || f.origin.category !== "model");
        if (inserted.length > 0) results.push(factsOnly(this.access(inserted, { op: "toString" })));
      }
      // Arrays of model output, and arrays of project class instances (`items.map((d) => d.content)`).
      if (receiver.facts.length > 0 || ((receiver.instances.length > 0 || (receiver.elementObjects?.length ?? 0) > 0) && callbackElementMethods.has(methodName))) results.push(this.methodOnFacts(receiver, methodName, node, argValue));
      // `lines.map((line) => JSON.parse(line).choices[0].delta.content)`: what an inline callback
      // makes of each element is in the result, even when the elements are not model output.
      else if ((methodName === "map" || methodName === "flatMap") && node.arguments[0] && (ts.isArrowFunction(node.arguments[0]) || ts.isFunctionExpression(node.arguments[0])) && containsCall(node.arguments[0].body)) {
        const made = this.instantiateReturn(node.arguments[0], node, () => emptyValue).facts.filter((f) => f.origin.kind === "source");
        if (made.length > 0) results.push(factsOnly(arrayFacts(made)));
      }
      // External module helpers pass their input through: `marked.parse(x)`, `path.join(a, x)`.
      if (receiver.refs.length > 0 && callee.functions.length === 0 && results.every((r) => r.facts.length === 0)) {
        // A library schema's `parse(x)` (`ToolSchema.parse({ name, … })`) is x, checked.
        const checked = zodParseMethods.has(methodName) ? argValue(0).objects : [];
        // `new TextDecoder().decode(bytes)`: whatever holds the bytes, the result is their text.
        const decoded = methodName === "decode" && receiver.refs.some((r) => r.module === "<global>" && r.exportName === "TextDecoder");
        const passed = decoded ? this.access(allArgs().facts, { op: "serialize" }) : allArgs().facts;
        results.push({ ...factsOnly(passed), refs: builtBy(callee.refs), objects: checked });
        // `tvm.withNewScope(() => new Pipeline())`, `mutex.runExclusive(async () => …)`: a library
        // helper that runs an inline callback gives back what the callback returns.
        results.push(...this.inlineCallbackResults(node));
      }
    } else if (callee.functions.length === 0 && callee.refs.length > 0 && callee.kinds.length === 0 && results.length === 0) {
      // `markdownIt(options)`: what a library builds keeps its origin, so `md.render(x)` passes x through.
      results.push({ ...factsOnly(allArgs().facts), refs: builtBy(callee.refs) }, ...this.inlineCallbackResults(node));
    }
    return join(...results);
  }

  private evaluateNew(node: ts.NewExpression): Value {
    const settled = this.promiseResolution(node);
    if (settled) return settled;
    const callee = this.evaluate(node.expression);
    const kinds: KindPath[] = [];
    for (const ref of callee.refs) {
      for (const entry of this.catalogue.kindOrigins) {
        if (entry.how === "new" && refNames(ref, entry.module, entry.exportName)) kinds.push({ kind: entry.kind, path: [] });
      }
    }
    if (kinds.length > 0) return { ...emptyValue, kinds };
    // `new Chat({ transport })` of an AI SDK binding: the instance's messages are model output.
    for (const ref of callee.refs) {
      for (const entry of this.catalogue.functionCalls) {
        if (!entry.construct || !entry.returns || !refNames(ref, entry.module, entry.exportName, entry.member)) continue;
        const shape = shapeFromPaths(entry.returns, () => "data");
        const file = node.getSourceFile();
        const label = `new ${entry.exportName} (${entry.module})`;
        const origin: SourceOrigin = { kind: "source", category: "model", label, file: file.fileName, start: node.getStart(file), end: node.getEnd() };
        if (shape) return factsOnly([{ origin, shape, accesses: [], steps: [{ file: file.fileName, start: origin.start, end: origin.end, message: `model output from ${label}` }], sanitized: new Set() }]);
      }
    }
    if (callee.classes.length > 0) return { ...emptyValue, instances: callee.classes };
    const endpoint = this.endpointSourceShape(node, callee, "new");
    if (endpoint) {
      const file = node.getSourceFile();
      const source: SourceOrigin = { kind: "source", category: "model", label: endpoint.label, file: file.fileName, start: node.getStart(file), end: node.getEnd(), browserOnly: true };
      return { ...emptyValue, refs: builtBy(callee.refs), facts: [{ origin: source, shape: endpoint.shape, accesses: [], steps: [{ file: file.fileName, start: source.start, end: source.end, message: `model output from ${endpoint.label}` }], sanitized: new Set() }] };
    }
    const argsValue = join(...(node.arguments ?? []).map((a) => this.evaluate(a)));
    const constructed: Value[] = callee.functions.map((fn) => this.instantiateReturn(fn, node, (i) => {
      const arg = node.arguments?.[i];
      return arg ? this.evaluate(arg) : emptyValue;
    }));
    // `new URL(x)`, `new TextDecoder().decode(x)`: external constructors keep their input, and their instances' methods pass theirs through.
    const external = callee.functions.length === 0 ? { ...factsOnly(argsValue.facts), refs: builtBy(callee.refs) } : emptyValue;
    return join(external, ...constructed);
  }

  private methodOnFacts(receiver: Value, method: string, node: ts.CallExpression, argValue: (i: number) => Value): Value {
    const callback = node.arguments[0];
    const callbackFns = callback ? this.evaluate(callback).functions : [];
    if (method === "then" && callbackFns.length > 0) {
      return join(...callbackFns.map((fn) => this.instantiateReturn(fn, node, (i) => (i === 0 ? receiver : emptyValue))));
    }
    if ((method === "catch" || method === "finally") ) return factsOnly(receiver.facts);
    // `.map(shellQuote)`, `.map(Number)`: a sanitizer passed by reference sanitizes every element.
    const byReference = callback && (method === "map" || method === "flatMap") ? this.sanitizerByReference(callback) : undefined;
    if (byReference === "all") return emptyValue;
    if (byReference) return factsOnly(sanitize(receiver.facts, byReference));
    if (callbackElementMethods.has(method) && callbackFns.length > 0) {
      const element = this.elementOf(receiver);
      if (method === "map" || method === "flatMap") {
        const mapped = join(...callbackFns.map((fn) => this.instantiateReturn(fn, node, (i) => (i === 0 ? element : emptyValue))));
        // `messages.flatMap((m) => m.parts)`: the arrays the callback returns are flattened into one
        // (a callback returning one value is wrapped, as by `map`).
        if (method === "flatMap") return factsOnly([...mapped.facts, ...arrayFacts(mapped.facts)]);
        return factsOnly(arrayFacts(mapped.facts));
      }
      if (method === "find" || method === "findLast") return element;
      if (method === "filter") {
        // `messages.filter((m) => m.role !== "system")`: the app decides which roles of the caller's messages pass.
        const facts = callbackFns.some(filtersByRole) ? sanitize(receiver.facts, ["roles"]) : receiver.facts;
        return { ...factsOnly(facts), ...(receiver.elementObjects ? { elementObjects: receiver.elementObjects } : {}) };
      }
      return emptyValue;
    }
    if (method === "reduce" || method === "reduceRight") {
      const element = this.elementOf(receiver);
      return join(argValue(1), ...callbackFns.map((fn) => this.instantiateReturn(fn, node, (i) => (i === 1 ? element : i === 0 ? argValue(1) : emptyValue))));
    }
    if (method === "join") {
      const joined = this.access(this.elementOf(receiver).facts, { op: "toString" });
      // Segments encoded one by one and joined with `/` are a path again, `..` segments and all.
      const separator = node.arguments[0] ? this.constantString(node.arguments[0]) : ",";
      return factsOnly(separator?.includes("/") ? unsanitize(joined, "api-path") : joined);
    }
    if (sameShapeArrayMethods.has(method) && !receiver.facts.every((f) => f.shape === "text")) return join(factsOnly(receiver.facts), ...(method === "concat" ? node.arguments.map((_, i) => argValue(i)) : []));
    if (elementArrayMethods.has(method) && receiver.facts.some((f) => typeof f.shape === "object")) return this.elementOf(receiver);
    // `name.replace(/[^a-z0-9-]/g, "-")`: only letters, digits, `_` and `-` are left, which no sink can misread.
    if ((method === "replace" || method === "replaceAll") && keepsOnlyWordCharacters(node.arguments[0])) return emptyValue;
    // `name.replace(/[\/\\]/g, "_")`: with every separator gone, the value is one name inside whatever directory it is joined to.
    if ((method === "replace" || method === "replaceAll") && removesPathSeparators(node.arguments[0]) && !argValue(1).facts.length) return factsOnly(sanitize(this.access(receiver.facts, { op: "call", name: method }), ["path"]));
    // `Buffer.from(text).toString("base64")`: letters, digits and `+/=`, which no shell, page, query or script reads as syntax.
    if (method === "toString" && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0]) && ["base64", "hex"].includes(node.arguments[0].text)) return factsOnly(sanitize(this.access(receiver.facts, { op: "call", name: method }), ["shell", "html", "sql", "eval", "option"]));
    // `text.replace(/[\\'"`|&;()<>$\n…]/g, "\\$&")`: every shell metacharacter backslash-escaped, the text stays one word.
    if ((method === "replace" || method === "replaceAll") && node.arguments[0] && deniesShellMetacharacters(node.arguments[0]) && /g[a-z]*$/.test(node.arguments[0].getText()) && node.arguments[1] && ts.isStringLiteralLike(node.arguments[1]) && node.arguments[1].text === "\\$&") return factsOnly(sanitize(this.access(receiver.facts, { op: "call", name: method }), ["shell"]));
    // `arg.replace(/[\r\n]/g, "").replace(/[`$(){}|;&<>]/g, "")`: nothing is left that ends or nests a command.
    if ((method === "replace" || method === "replaceAll") && stripsShellMetacharacters(node)) return factsOnly(sanitize(this.access(receiver.facts, { op: "call", name: method }), ["shell"]));
    // `text.replace(/</g, "&lt;")` (alone or in an escaping chain): no tag can start in what is left.
    if ((method === "replace" || method === "replaceAll") && this.escapesAngleBrackets(node)) return factsOnly(sanitize(this.access(receiver.facts, { op: "call", name: method }), ["html"]));
    const called = this.access(receiver.facts, { op: "call", name: method });
    // `text.concat(x)`, `text.replace(a, x)`: arguments join the result.
    const extra = method === "concat" || method === "replace" || method === "replaceAll" ? node.arguments.map((_, i) => argValue(i).facts).flat() : [];
    return factsOnly([...called, ...this.access(extra, { op: "toString" })]);
  }

  /** What the inline function arguments of a library call return, called with nothing known. */
  private inlineCallbackResults(node: ts.CallExpression): Value[] {
    const inline = node.arguments.filter((a): a is ts.ArrowFunction | ts.FunctionExpression => ts.isArrowFunction(a) || ts.isFunctionExpression(a));
    return inline.map((fn) => this.instantiateReturn(fn, node, () => emptyValue));
  }

  /** Code in a function of a Vue or Svelte component (a handler, not the server render): what it makes only exists in the browser. */
  private runsInBrowser(node: ts.Node): boolean {
    return componentModuleOf(node.getSourceFile()) !== undefined && ts.findAncestor(node, ts.isFunctionLike) !== undefined;
  }

  /**
   * A statement only reached on the server: in the branch of `if (!browser)` (SvelteKit's
   * `$app/environment`, `esm-env`) or of `if (typeof window === "undefined")`.
   */
  private onServerOnly(statement: ts.Node, fn: ts.SignatureDeclaration): boolean {
    for (let child: ts.Node = statement, node = statement.parent; node && node !== fn; child = node, node = node.parent) {
      if (!ts.isIfStatement(node) || child !== node.thenStatement) continue;
      const condition = skipTypeWrappers(node.expression);
      if (ts.isPrefixUnaryExpression(condition) && condition.operator === ts.SyntaxKind.ExclamationToken && ts.isIdentifier(condition.operand) && this.evaluate(condition.operand).refs.some((r) => (r.module === "$app/environment" || r.module === "esm-env") && r.exportName === "browser")) return true;
      if (ts.isBinaryExpression(condition) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken].includes(condition.operatorToken.kind) && ts.isTypeOfExpression(condition.left) && ts.isIdentifier(condition.left.expression) && ["window", "document"].includes(condition.left.expression.text) && ts.isStringLiteralLike(condition.right) && condition.right.text === "undefined") return true;
    }
    return false;
  }

  /** The value a project function returns for these arguments. */
  private instantiateReturn(fn: ts.SignatureDeclaration, call: ts.CallExpression | ts.NewExpression, argValue: (i: number) => Value): Value {
    const summary = this.returnSummary(fn);
    // `defineTool(definition) { return definition; }`: the argument itself, its handler still callable.
    const given = returnedParameterIndex(fn);
    if (given !== undefined) {
      const arg = argValue(given);
      if (arg.objects.length > 0 || arg.functions.length > 0 || arg.instances.length > 0) return join({ ...emptyValue, objects: arg.objects, functions: arg.functions, instances: arg.instances }, this.instantiateReturn(fn, call, (i) => (i === given ? factsOnly(arg.facts) : argValue(i))));
    }
    if (summary.facts.length === 0) return summary;
    const file = call.getSourceFile();
    const name = functionName(fn);
    const step: Step = { file: file.fileName, start: call.getStart(file), end: call.getEnd(), message: name === undefined ? "returned by the callback" : name === "default" ? "returned by the default export" : `returned by '${name}'` };
    const facts: Fact[] = [];
    for (const fact of summary.facts) {
      if (fact.origin.kind === "param" && fact.origin.fn === fn) {
        const arg = argValue(fact.origin.index);
        // The argument's path, then the path inside the function (where it is built into the result).
        // A server-only return of a browser-only source: never both at once.
        const reaching = fact.serverOnly ? arg.facts.filter((f) => !(f.origin.kind === "source" && f.origin.browserOnly)) : arg.facts;
        let instantiated: Fact[] = reaching.map((f) => ({ ...f, steps: [...f.steps, ...fact.steps], sanitized: new Set([...f.sanitized, ...fact.sanitized]), ...(fact.serverOnly ? { serverOnly: true as const } : {}) }));
        for (const access of fact.accesses) instantiated = this.access(instantiated, access);
        facts.push(...withStep(instantiated, step));
      } else {
        facts.push(...withStep([fact], step));
      }
    }
    // What a shared helper (`apiFetch(url)`) answers to a component's handler exists only in the browser.
    if (this.runsInBrowser(call)) return { ...summary, facts: facts.map((f) => (f.origin.kind === "source" && !f.origin.browserOnly ? { ...f, origin: { ...f.origin, browserOnly: true as const } } : f)) };
    return { ...summary, facts };
  }

  returnSummary(fn: ts.SignatureDeclaration): Value {
    return this.cycles.run(fn, this.returnMemo.get(fn), (v) => (v ? this.returnMemo.set(fn, v) : this.returnMemo.delete(fn)), emptyValue, () => this.computeReturn(fn));
  }

  private computeReturn(fn: ts.SignatureDeclaration): Value {
    const values: Value[] = [];
    const body = "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
    const generator = (ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn) || ts.isMethodDeclaration(fn)) && fn.asteriskToken !== undefined;
    if (body && !ts.isBlock(body)) values.push(this.evaluate(body as ts.Expression));
    else if (body) {
      const visit = (node: ts.Node): void => {
        if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
        if (ts.isReturnStatement(node) && node.expression) {
          let returned = this.evaluate(node.expression);
          // A generator's `return` is no element: it is the `value` of the `next()` that ends it.
          if (generator) returned = factsOnly(wrapFacts(returned.facts, (s) => ({ ...emptyObject, methods: new Map([["next", objectWithFields(new Map([["value", s]]))]]) })));
          values.push(this.onServerOnly(node, fn) ? { ...returned, facts: returned.facts.map((f) => ({ ...f, serverOnly: true as const })) } : returned);
        }
        // Generators: what they yield is what iterating them gives.
        // `yield* inner`: each of inner's values is yielded in turn.
        if (ts.isYieldExpression(node) && node.expression) {
          const yielded = node.asteriskToken ? this.iterate(this.evaluate(node.expression)).facts : this.evaluate(node.expression).facts;
          values.push(factsOnly(wrapFacts(yielded, (s) => ({ ...emptyObject, iter: s }))));
        }
        ts.forEachChild(node, visit);
      };
      ts.forEachChild(body, visit);
    }
    return join(...values);
  }

  /**
   * The input of an agent tool's handler: the model chose it. Its shape follows the tool's zod
   * schema, so fields the schema closes (enums, numbers) carry no model text.
   */
  private toolInput(fn: ts.SignatureDeclaration, index: number, parameter: ts.ParameterDeclaration): Value | undefined {
    // `{ name: "fetch", inputSchema: { type: "object", properties: … }, handler: async (api, args) => … }`
    const object = toolObjectOfHandler(fn, this.catalogue.toolObjectShape, (e) => this.definitionOf(e));
    // The options of an SDK's own definition call (Mastra's `createTool({ id, inputSchema, execute })`) are read as that SDK's.
    const literal = object ? ts.findAncestor(fn.parent, ts.isObjectLiteralExpression) : undefined;
    const registered = literal !== undefined && (ts.isCallExpression(literal.parent) || ts.isNewExpression(literal.parent)) && this.toolRegistrations(literal.parent).length > 0;
    if (object && literal && this.madeByNonToolFactory(literal)) return undefined;
    if (object && !registered) return index === object.inputIndex ? this.toolInputFacts(object.name, "tool object", object.schemaKind === "library" ? this.zodSchemaShape(object.schema) : jsonSchemaShape(object.schema), parameter) : undefined;
    // `export const name = "save"; export const parameters = Type.Object(…); export async function execute(id, params)`
    const module = object ? undefined : toolModuleOfHandler(fn, this.catalogue.toolObjectShape, (e) => this.definitionOf(e));
    if (module) return index === module.inputIndex ? this.toolInputFacts(module.name, "tool module", module.schemaKind === "library" ? this.zodSchemaShape(module.schema) : jsonSchemaShape(module.schema), parameter) : undefined;
    if (index !== 0) return undefined;
    const byReference = this.toolInputByReference(fn, parameter);
    if (byReference) return byReference;
    if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn) && !ts.isMethodDeclaration(fn)) return undefined;
    const classTool = ts.isMethodDeclaration(fn) ? this.toolClassInput(fn, parameter) : undefined;
    if (classTool) return classTool;
    // `class TeardownTool extends ToolBase { execute(args) { … } }` with the base registering `this`: one tool per subclass.
    const template = ts.isMethodDeclaration(fn) ? templateToolOfHandler(fn, this.templateLookups) : undefined;
    if (template) return this.toolInputFacts(template.name, template.registration.definition.sdk, template.schema ? this.zodSchemaShape(template.schema) : "data", parameter);
    // `class LocalMemory implements MemoryToolHandlers { view(command) { … } }`: the SDK calls it with the model's arguments.
    const implemented = implementedToolOfHandler(fn, this.catalogue.implementedTools, (name) => this.importedTypeOfPackage(name));
    // …unless the factory it is handed to asks the user first (`shellTool({ shell, needsApproval: true })`).
    if (implemented && approvedWhereHandedOver(implemented.implementation, (identifier) => this.scopes.resolve(identifier)?.declaration)) return emptyValue;
    if (implemented) return this.toolInputFacts(implemented.entry.toolName, implemented.entry.sdk, "data", parameter);
    // The handler as its caller sees it: `(async (args) => …) as any` is still the handler.
    const self = outermostTypeWrapper(fn) as ts.Expression;
    // Low-level MCP: `server.setRequestHandler(CallToolRequestSchema, async (request) => …)`.
    // …also through middleware that hands the request on (`wrapWithMonitoring(async (request) => …)`).
    let handedOver: ts.Expression = self as ts.Expression;
    let host = self.parent;
    for (let depth = 0; depth < 3 && ts.isCallExpression(host) && !(host.arguments[1] === handedOver && isCallToolHandlerRegistration(host)) && this.passThroughWrapper(host, host.arguments.indexOf(handedOver)); depth++) {
      handedOver = host;
      host = host.parent;
    }
    if (ts.isCallExpression(host) && host.arguments[1] === handedOver && isCallToolHandlerRegistration(host)) return this.lowLevelToolInput(parameter);
    const holder = self.parent;
    const optionsObject = (ts.isPropertyAssignment(holder) || ts.isMethodDeclaration(fn)) && ts.isObjectLiteralExpression(ts.isMethodDeclaration(fn) ? fn.parent : holder.parent) ? (ts.isMethodDeclaration(fn) ? fn.parent : holder.parent) as ts.ObjectLiteralExpression : undefined;
    const handlerName = ts.isMethodDeclaration(fn) ? propertyNameText(fn.name) : ts.isPropertyAssignment(holder) ? propertyNameText(holder.name) : undefined;
    const call = optionsObject ? optionsObject.parent : holder;
    // Where the handler is handed over: here, or where a factory that returns it is called
    // (`server.registerTool(name, config, createExecuteSqlHandler(id))`).
    const sites: { call: ts.CallExpression | ts.NewExpression; argument: ts.Expression }[] = [];
    if (ts.isCallExpression(call) || ts.isNewExpression(call)) sites.push({ call, argument: optionsObject ?? self });
    if (!optionsObject) sites.push(...this.factorySites(fn));
    // `server.tool(name, schema, withRequestActivity(async (args) => …))`: a wrapper that hands its
    // callback the arguments of the function it returns is the handler as the SDK sees it.
    const wrapping = holder;
    if (!optionsObject && ts.isCallExpression(wrapping) && wrapping.arguments.includes(self) && ts.isCallExpression(wrapping.parent) && wrapping.parent.arguments.includes(wrapping) && this.passThroughWrapper(wrapping, wrapping.arguments.indexOf(self))) {
      sites.push({ call: wrapping.parent, argument: wrapping });
    }
    for (const site of sites) {
      for (const { definition, args } of this.toolRegistrations(site.call)) {
        const handler = definition.handler;
        if ("property" in handler) {
          if (!optionsObject || !handlerName || !handler.property.includes(handlerName) || !args.includes(optionsObject)) continue;
        } else {
          // …or this function itself, taken from the options a project wrapper destructures (`registerTool({ name, schema, callback })`).
          const handed = args[handlerArgumentIndex(args, handler.argument)];
          if (handed !== site.argument && !(optionsObject && handed !== undefined && skipTypeWrappers(handed) === fn)) continue;
        }
        // A human approves each call with its arguments in view (`needsApproval`): not free model output.
        if (optionsObject?.properties.some((p) => ts.isPropertyAssignment(p) && propertyNameText(p.name) === "needsApproval" && p.initializer.kind !== ts.SyntaxKind.FalseKeyword)) return emptyValue;
        const handedArgument = args.includes(site.argument) ? site.argument : (args.find((a) => skipTypeWrappers(a) === fn) ?? site.argument);
        const shape = this.toolSchemaShape(definition.schema, args, optionsObject, handedArgument, site.call);
        return this.toolInputFacts(toolName(site.call) ?? "tool", definition.sdk, shape, parameter, definition.inputField);
      }
    }
    return undefined;
  }

  /** `function createHandler(id) { return async (args) => … }`: the calls of the factory that are passed as arguments. */
  private factorySites(fn: ts.SignatureDeclaration): { call: ts.CallExpression; argument: ts.Expression }[] {
    const self = outermostTypeWrapper(fn);
    const parent = self.parent;
    const factory = parent && ts.isReturnStatement(parent) ? ts.findAncestor(parent, ts.isFunctionLike) : parent && ts.isArrowFunction(parent) && parent.body === self ? parent : undefined;
    if (!factory || !this.callsOf || !ts.isFunctionLike(factory)) return [];
    // The function a pass-through wrapper returns runs each registered callback in turn: the
    // callbacks get their own tool's input, and this function gets none (it is every tool at once).
    if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) {
      if (factory.parameters.some((_, k) => this.forwardsParameter(fn, factory, k))) return [];
    }
    const sites: { call: ts.CallExpression; argument: ts.Expression }[] = [];
    for (const made of this.callsOf(factory)) {
      const argument = outermostTypeWrapper(made) as ts.Expression;
      const call = argument.parent;
      if (call && ts.isCallExpression(call) && call.arguments.includes(argument)) sites.push({ call, argument });
    }
    return sites;
  }

  /** The callback a pass-through wrapper runs as the handler: `inner` of `withX(inner)`. */
  passedThroughHandler(expression: ts.Expression): ts.ArrowFunction | ts.FunctionExpression | undefined {
    const call = skipTypeWrappers(expression);
    if (!ts.isCallExpression(call)) return undefined;
    const index = call.arguments.findIndex((a) => ts.isArrowFunction(skipTypeWrappers(a)) || ts.isFunctionExpression(skipTypeWrappers(a)));
    const inner = index >= 0 ? skipTypeWrappers(call.arguments[index] as ts.Expression) : undefined;
    return inner && (ts.isArrowFunction(inner) || ts.isFunctionExpression(inner)) && this.passThroughWrapper(call, index) ? inner : undefined;
  }

  /** An inline handler that only hands its input to a parameter of the function around it (a project's `tool(name, …, cb)` wrapper). */
  forwardsEnclosingParameter(expression: ts.Expression): boolean {
    // `execute: executeWithInjection` with `const executeWithInjection = async (args) => execute({ ...args, ...inject })` beside it.
    const written = skipTypeWrappers(expression);
    const fn = ts.isIdentifier(written) ? skipTypeWrappers(this.definitionOf(written)) : written;
    if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return false;
    const owner = ts.findAncestor(fn.parent, ts.isFunctionLike);
    if (!owner) return false;
    return owner.parameters.some((parameter, k) => this.forwardsParameter(fn, owner, k) || (ts.isObjectBindingPattern(parameter.name) && parameter.name.elements.some((e) => ts.isIdentifier(e.name) && this.forwardsParameter(fn, owner, k, e.name.text))));
  }

  /** `withX(handler)` where `withX` returns a function that calls `handler` with what it is given. */
  passThroughWrapper(call: ts.CallExpression, index: number): boolean {
    if (index < 0) return false;
    const wrapper = this.evaluate(call.expression).functions[0];
    if (!wrapper || !("body" in wrapper) || !wrapper.body) return false;
    const body = wrapper.body as ts.Node;
    const returned = ts.isBlock(body) ? body.statements.filter(ts.isReturnStatement).map((r) => r.expression) : [body as ts.Expression];
    return returned.some((r) => {
      const fn = r ? skipTypeWrappers(r) : undefined;
      return fn !== undefined && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && this.forwardsParameter(fn, wrapper, index);
    });
  }

  /** Whether `fn` calls the `index`th parameter of `owner` with its own first parameter (or all of them spread). */
  private forwardsParameter(fn: ts.SignatureDeclaration, owner: ts.SignatureDeclaration, index: number, field?: string): boolean {
    const target = owner.parameters[index];
    const own = fn.parameters[0];
    // …or a name destructured from it (`({ name, callback }) => …`), which the resolver binds to the parameter.
    if (!target || !own || (field === undefined && !ts.isIdentifier(target.name)) || !("body" in fn) || !fn.body) return false;
    const isTarget = (identifier: ts.Identifier): boolean => {
      const binding = this.scopes.resolve(identifier);
      if (binding?.declaration === target) return field === undefined || (binding.name === field && binding.pattern.length === 1);
      // `const invoke = callback as unknown as (...args: unknown[]) => unknown`: the parameter under another name.
      const declaration = binding?.declaration;
      const held = declaration && field === undefined && ts.isVariableDeclaration(declaration) && declaration.initializer ? skipTypeWrappers(declaration.initializer) : undefined;
      return held !== undefined && ts.isIdentifier(held) && this.scopes.resolve(held)?.declaration === target;
    };
    const isOwn = (expression: ts.Expression): boolean => {
      const expr = skipTypeWrappers(expression);
      return ts.isIdentifier(expr) && this.scopes.resolve(expr)?.declaration === own;
    };
    let found = false;
    const visit = (node: ts.Node): void => {
      if (found || (ts.isFunctionLike(node) && node !== fn)) return;
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && isTarget(node.expression)) {
        const first = node.arguments[0];
        const passed = first && skipTypeWrappers(ts.isSpreadElement(first) ? first.expression : first);
        // …the input itself, or an object that spreads it: `callback({ ...params, accountId })`.
        if (passed && (isOwn(passed) || (ts.isObjectLiteralExpression(passed) && passed.properties.some((p) => ts.isSpreadAssignment(p) && isOwn(p.expression))))) found = true;
      }
      ts.forEachChild(node, visit);
    };
    // The body itself: an arrow's expression body may be the forwarding call (`(params) => callback({ ...params })`).
    visit(fn.body as ts.Node);
    return found;
  }

  /**
   * The tool definitions a call makes, each with the arguments the SDK receives: the call's own,
   * or, through a project wrapper that forwards its parameters to an SDK call
   * (`registerToolWithDeps(name, config, handler)` → `register(name, config, handler)`), the inner
   * call's arguments with each forwarded parameter replaced by this call's argument.
   */
  toolRegistrations(call: ts.CallExpression | ts.NewExpression): readonly { definition: ToolDefinition; args: readonly ts.Expression[] }[] {
    const direct = this.catalogue.toolDefinitions.filter((definition) => this.isToolCallee(definition.callee, call)).map((definition) => ({ definition, args: [...(call.arguments ?? [])] }));
    if (direct.length > 0 || !ts.isCallExpression(call) || (!ts.isIdentifier(call.expression) && !ts.isPropertyAccessExpression(call.expression))) return direct;
    const outer = call.arguments;
    const wrapped = this.registrationWrapper(call.expression);
    if (wrapped.length === 0) return this.registrationByShape(call);
    return wrapped.map(({ definition, inner, forwarded }) => ({
      definition,
      args: inner.arguments.map((argument, k) => {
        const at = forwarded[k];
        if (at === undefined) return argument;
        if (typeof at === "number") return outer[at] ?? argument;
        // `registerTool({ name, schema, callback })`: the caller's property of that name.
        const options = outer[at.index] ? this.definitionOf(outer[at.index] as ts.Expression) : undefined;
        const property = options && ts.isObjectLiteralExpression(options) ? options.properties.find((p) => p.name !== undefined && propertyNameText(p.name) === at.field) : undefined;
        if (property && ts.isPropertyAssignment(property)) return property.initializer;
        if (property && ts.isShorthandPropertyAssignment(property)) return property.name;
        if (property && ts.isMethodDeclaration(property)) return property as unknown as ts.Expression;
        return argument;
      }),
    }));
  }

  /** `createStep({ id, inputSchema, execute })`: options of a factory the app's code runs, not a model (Mastra's workflow steps). */
  madeByNonToolFactory(object: ts.ObjectLiteralExpression): boolean {
    const call = object.parent;
    if (!ts.isCallExpression(call) || this.catalogue.nonToolFactories.length === 0) return false;
    const refs = this.evaluate(call.expression).refs;
    return this.catalogue.nonToolFactories.some((f) => refs.some((ref) => f.modules.some((m) => refNames(ref, m, f.exportName))));
  }

  /**
   * A registration known by its shape, whatever registers it: `context.accountTool("d1_database_query",
   * { description, inputSchema: z.object(…) }, async (input) => …)` — a tool's name, options holding
   * its input schema, and the handler, as the MCP SDK's `registerTool` takes them.
   */
  private registrationByShape(call: ts.CallExpression): readonly { definition: ToolDefinition; args: readonly ts.Expression[] }[] {
    const definition = this.shapedDefinition(call, true);
    return definition ? [{ definition, args: [...call.arguments] }] : [];
  }

  /** The definition a call is by its shape; inside a wrapper the name and handler may be the wrapper's parameters. */
  private shapedDefinition(call: ts.CallExpression, standalone: boolean): ToolDefinition | undefined {
    const args = call.arguments;
    const handler = args[2] ? skipTypeWrappers(args[2]) : undefined;
    if (args.length !== 3 || !ts.isPropertyAccessExpression(call.expression) || !handler) return undefined;
    if (!ts.isArrowFunction(handler) && !ts.isFunctionExpression(handler) && (standalone || !ts.isIdentifier(handler))) return undefined;
    const options = args[1] ? skipTypeWrappers(args[1]) : undefined;
    const shape = this.catalogue.toolRegistrationShape;
    if (!options || !ts.isObjectLiteralExpression(options)) return undefined;
    const schema = options.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && shape.schemaProperties.includes(propertyNameText(p.name) ?? ""));
    // A tool without input (`context.registerTool("info", { description }, async () => …)`) says so by its method's name.
    const withoutInput = !schema && /tool/i.test(call.expression.name.text) && options.properties.some((p) => p.name !== undefined && propertyNameText(p.name) === "description");
    if (!withoutInput && (!schema || !isSchemaValue(schema.initializer, this.catalogue.toolObjectShape, (e) => this.definitionOf(e)))) return undefined;
    if (standalone) {
      const name = args[0] ? this.definitionOf(args[0]) : undefined;
      if (!name || !ts.isStringLiteralLike(name)) return undefined;
    }
    return { sdk: shape.sdk, callee: { method: call.expression.name.text, receiverModules: [] }, handler: { argument: "last" }, schema: { property: shape.schemaProperties, argumentIndex: 1 } };
  }

  /** The SDK tool registrations a project function makes with its own parameters as the handler. */
  private registrationWrapper(callee: ts.Expression): readonly WrappedRegistration[] {
    const fns = this.evaluate(callee).functions;
    const fn = fns.length === 1 ? fns[0] : undefined;
    if (!fn || !("body" in fn) || !fn.body) return [];
    const cached = this.wrapperMemo.get(fn);
    if (cached) return cached;
    const found: WrappedRegistration[] = [];
    this.wrapperMemo.set(fn, found);
    const parameterOf = (identifier: ts.Identifier): number | undefined => {
      const declaration = this.scopes.resolve(identifier)?.declaration;
      const index = fn.parameters.findIndex((p) => p === declaration || (declaration !== undefined && ts.isBindingElement(declaration) && ts.findAncestor(declaration, (n) => n === p) !== undefined));
      return index >= 0 ? index : undefined;
    };
    // `{ name, schema, callback }` destructured straight from the options parameter: that field of the caller's options.
    const fieldOf = (identifier: ts.Identifier): ForwardedField | undefined => {
      const binding = this.scopes.resolve(identifier);
      const step = binding?.pattern.length === 1 ? binding.pattern[0] : undefined;
      const index = binding && ts.isParameter(binding.declaration) ? fn.parameters.indexOf(binding.declaration) : -1;
      return index >= 0 && step?.kind === "prop" ? { index, field: step.name } : undefined;
    };
    const parameterIndex = (argument: ts.Expression, hops = 0): number | ForwardedField | undefined => {
      const expr = skipTypeWrappers(argument);
      if (ts.isIdentifier(expr)) {
        const field = fieldOf(expr);
        if (field) return field;
        const index = parameterOf(expr);
        if (index !== undefined || hops >= 3) return index;
        // `const wrapped = instrumentTool(name, handler); server.tool(name, desc, schema, wrapped)`: what the local holds.
        const declaration = this.scopes.resolve(expr)?.declaration;
        return declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && ts.findAncestor(declaration, (n) => n === fn) ? parameterIndex(declaration.initializer, hops + 1) : undefined;
      }
      // `instrumentTool(name, handler)`: a pass-through wrapper around the handler parameter.
      if (ts.isCallExpression(expr) && hops < 3) {
        const at = expr.arguments.findIndex((a, k) => ts.isIdentifier(skipTypeWrappers(a)) && parameterOf(skipTypeWrappers(a) as ts.Identifier) !== undefined && this.passThroughWrapper(expr, k));
        const wrapped = at >= 0 ? expr.arguments[at] : undefined;
        if (wrapped) return parameterIndex(wrapped, hops + 1);
      }
      // `server.tool(name, description, schema, async (args) => { …; return cb(args); })`: the callback runs as the handler.
      if (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr)) {
        const index = fn.parameters.findIndex((_, k) => this.forwardsParameter(expr, fn, k));
        if (index >= 0) return index;
        // …or a callback that is a field of the options parameter: `async (params) => callback({ ...params, accountId })`.
        for (const [k, parameter] of fn.parameters.entries()) {
          if (!ts.isObjectBindingPattern(parameter.name)) continue;
          for (const element of parameter.name.elements) {
            const field = element.propertyName ? propertyNameText(element.propertyName) : ts.isIdentifier(element.name) ? element.name.text : undefined;
            if (field !== undefined && ts.isIdentifier(element.name) && !element.dotDotDotToken && this.forwardsParameter(expr, fn, k, element.name.text)) return { index: k, field };
          }
        }
        return undefined;
      }
      // `tool({ description, parameters, execute })` of a destructured options parameter: the options passed on.
      if (ts.isObjectLiteralExpression(expr) && expr.properties.length > 0) {
        const sources = expr.properties.map((p) => (ts.isShorthandPropertyAssignment(p) ? parameterOf(p.name) : ts.isSpreadAssignment(p) && ts.isIdentifier(p.expression) ? parameterOf(p.expression) : undefined));
        const first = sources[0];
        return first !== undefined && sources.every((i) => i === first) ? first : undefined;
      }
      return undefined;
    };
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node)) return;
      if (ts.isCallExpression(node) && node.arguments.length > 0) {
        const matched = this.catalogue.toolDefinitions.filter((definition) => this.isToolCallee(definition.callee, node));
        const shaped = matched.length === 0 ? this.shapedDefinition(node, false) : undefined;
        for (const definition of shaped ? [shaped] : matched) {
          const forwarded = node.arguments.map((argument) => parameterIndex(argument));
          const handler = definition.handler;
          const handlerForwarded = "argument" in handler ? forwarded[handler.argument === "first" ? 0 : forwarded.length - 1] !== undefined : forwarded.some((i) => i !== undefined);
          if (handlerForwarded) found.push({ definition, inner: node, forwarded });
        }
      }
      ts.forEachChild(node, visit);
    };
    // The body itself: an arrow's expression body may be the forwarding call (`(params) => callback({ ...params })`).
    visit(fn.body as ts.Node);
    return found;
  }

  /** The request a low-level MCP server's tool-call handler receives: `params.arguments` is the model's. */
  private lowLevelToolInput(parameter: ts.ParameterDeclaration): Value {
    return this.toolInputFacts("MCP tool call", "MCP (low-level)", objectWithFields(new Map([["params", objectWithFields(new Map([["arguments", "data" as Shape]]))]])), parameter, undefined, false);
  }

  /** A handler given by name: `server.tool("sandbox_stop", description, stopSchema, stopSandbox)`. */
  private toolInputByReference(fn: ts.SignatureDeclaration, parameter: ts.ParameterDeclaration): Value | undefined {
    const named = ts.isFunctionDeclaration(fn) || ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent));
    if (!named || !this.passedAsArgument) return undefined;
    for (const { call, index } of this.passedAsArgument(fn)) {
      // `server.setRequestHandler(CallToolRequestSchema, handleToolCall)`
      if (index === 1 && isCallToolHandlerRegistration(call)) return this.lowLevelToolInput(parameter);
      const passed = call.arguments[index];
      for (const { definition, args } of this.toolRegistrations(call)) {
        const handler = definition.handler;
        if (!("argument" in handler) || !passed || args[handlerArgumentIndex(args, handler.argument)] !== passed) continue;
        const shape = this.toolSchemaShape(definition.schema, args, undefined, passed);
        return this.toolInputFacts(toolName(call) ?? "tool", definition.sdk, shape, parameter, definition.inputField);
      }
    }
    return undefined;
  }

  /** The input of a tool class's handler (`_call(input)` of a LangChain `StructuredTool`, `execute(input)` of an mcp-framework `MCPTool`): it follows the class's schema. */
  private toolClassInput(method: ts.MethodDeclaration, parameter: ts.ParameterDeclaration): Value | undefined {
    const cls = method.parent;
    if (!ts.isClassLike(cls)) return undefined;
    const tool = toolClassOf(cls, this.catalogue.toolClasses, (e) => this.evaluate(e).refs, (e) => this.evaluate(e).classes);
    if (!tool || tool.handler !== method) return undefined;
    // A plain `Tool` takes one string.
    const shape: Shape = tool.schema ? this.toolClassShape(tool.schema) : tool.entry.withoutSchema;
    return this.toolInputFacts(tool.name, tool.entry.sdk, shape, parameter);
  }

  /** A zod schema, or mcp-framework's object of `{ type: z.string() }` per field. */
  private toolClassShape(schema: ts.Expression): Shape {
    const fields = fieldTypeSchemas(schema);
    if (!fields) return zodToShape(this.zodShape(schema));
    const shapes = new Map<string, Shape>();
    for (const [name, type] of fields) {
      const zod = this.zodShape(type);
      if (zod !== "closed") shapes.set(name, zodToShape(zod));
    }
    return objectWithFields(shapes);
  }

  /** One fact per parameter the model fills, so a finding can name the parameter. */
  toolInputFacts(tool: string, sdk: string, shape: Shape, parameter: ts.Node, inputField?: string, perParameter = true): Value {
    const file = parameter.getSourceFile();
    const start = parameter.getStart(file);
    const end = parameter.getEnd();
    const wrap = (s: Shape): Shape => (inputField ? objectWithFields(new Map([[inputField, s]])) : s);
    const fact = (field: string | undefined, factShape: Shape): Fact => {
      const origin: SourceOrigin = { kind: "source", category: "model", label: `input of tool '${tool}'`, file: file.fileName, start, end, ...(field ? { field } : {}) };
      return { origin, shape: wrap(factShape), accesses: [], steps: [{ file: file.fileName, start, end, message: `tool input${field ? ` '${field}'` : ""} chosen by the model (${sdk})` }], sanitized: new Set() };
    };
    if (!perParameter) return factsOnly([fact(undefined, shape)]);
    if (typeof shape === "object" && shape.fields.size > 0) {
      return factsOnly([...shape.fields].map(([field, fieldShape]) => fact(field, objectWithFields(new Map([[field, fieldShape]])))));
    }
    if (typeof shape === "object") return emptyValue; // every field closed
    return factsOnly([fact(undefined, shape)]);
  }

  isToolCallee(callee: import("../catalogue").ToolDefinition["callee"], call: ts.CallExpression | ts.NewExpression): boolean {
    if ("method" in callee) {
      const method = ts.isCallExpression(call) ? this.methodHeld(call.expression) : undefined;
      if (!method || method.name.text !== callee.method) return false;
      const sourceFile = call.getSourceFile();
      if (loadsModule(sourceFile, callee.receiverModules)) return true;
      // …or the receiver is the SDK's server made from a re-export (`import { McpServer } from "./third_party"`).
      if (this.evaluate(method.expression).refs.some((ref) => callee.receiverModules.includes(ref.module))) return true;
      // A server held by the project's own class (`server.server.tool(…)`, `agent.server.tool(…)`) in a module
      // that does not import the SDK: MCP's shape — a literal name, a zod schema, a handler last.
      return ts.isCallExpression(call) && mcpToolShape(call, sourceFile, this.catalogue.zodModules);
    }
    if ((callee.as === "new") !== ts.isNewExpression(call)) return false;
    return this.evaluate(call.expression).refs.some((ref) => callee.modules.some((m) => refNames(ref, m, callee.exportName)));
  }

  /** The method a callee names: `server.registerTool`, or one held under a name (`const register = server.registerTool.bind(server)`). */
  private methodHeld(expression: ts.Expression): ts.PropertyAccessExpression | undefined {
    // `(server.registerTool as RegisterFn)(…)`: the method, cast for the type checker.
    let callee = expression;
    while (ts.isParenthesizedExpression(callee) || ts.isAsExpression(callee) || ts.isSatisfiesExpression(callee) || ts.isNonNullExpression(callee)) callee = callee.expression;
    if (ts.isPropertyAccessExpression(callee)) return callee;
    if (!ts.isIdentifier(callee)) return undefined;
    let held = resolveConstInitializer(callee, this.scopes);
    if (held && ts.isCallExpression(held) && ts.isPropertyAccessExpression(held.expression) && held.expression.name.text === "bind") held = held.expression.expression;
    return held && ts.isPropertyAccessExpression(held) ? held : undefined;
  }

  /**
   * The last of some properties an object literal is written with, also through what it spreads
   * (`{ ...databaseToolDefs.list_tables, execute }` with the definitions in a constant of another module).
   */
  spreadProperty(object: ts.ObjectLiteralExpression, names: readonly string[], depth = 0): ts.Expression | undefined {
    let found: ts.Expression | undefined;
    for (const property of object.properties) {
      if (ts.isPropertyAssignment(property) && names.includes(propertyNameText(property.name) ?? "")) found = property.initializer;
      else if (ts.isShorthandPropertyAssignment(property) && names.includes(property.name.text)) found = property.name;
      else if (ts.isSpreadAssignment(property) && depth < 3) {
        const spread = skipTypeWrappers(this.definitionOf(property.expression));
        const inner = ts.isObjectLiteralExpression(spread) ? this.spreadProperty(spread, names, depth + 1) : undefined;
        if (inner) found = inner;
      }
    }
    return found;
  }

  private toolSchemaShape(
    schema: import("../catalogue").ToolDefinition["schema"],
    args: readonly ts.Expression[],
    optionsObject: ts.ObjectLiteralExpression | undefined,
    handler: ts.Expression,
    outerCall?: ts.CallExpression | ts.NewExpression,
  ): Shape {
    let expression: ts.Expression | undefined;
    if ("argument" in schema) {
      const before = args[args.indexOf(handler) - 1];
      expression = before && !ts.isStringLiteralLike(before) ? before : undefined;
    } else {
      let holder = schema.argumentIndex !== undefined ? args[schema.argumentIndex] : optionsObject;
      // `const config = { inputSchema: … }; server.registerTool(name, config, handler)`
      if (holder && ts.isIdentifier(holder)) {
        const declaration = this.scopes.resolve(holder)?.declaration;
        if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) holder = declaration.initializer;
      }
      const object = holder && ts.isObjectLiteralExpression(holder) ? holder : undefined;
      expression = object ? this.spreadProperty(object, schema.property) : undefined;
    }
    // Inside a project's registration helper (`inputSchema: paramsSchema`): what its caller passes.
    if (expression && ts.isIdentifier(expression) && outerCall && ts.isCallExpression(outerCall)) {
      const declaration = this.scopes.resolve(expression)?.declaration;
      const fn = declaration && ts.isParameter(declaration) ? declaration.parent : undefined;
      const passed = fn && this.evaluate(outerCall.expression).functions.includes(fn) ? outerCall.arguments[fn.parameters.indexOf(declaration as ts.ParameterDeclaration)] : undefined;
      if (passed) expression = passed;
    }
    if (!expression) return "data";
    return this.zodSchemaShape(expression);
  }

  /** The input a zod schema admits; MCP takes a raw shape (`{ path: z.string() }`) as well as `z.object({ … })`. */
  private zodSchemaShape(expression: ts.Expression): Shape {
    // `inputSchema: tool.schema` in a loop over a list of tool objects: any of their schemas.
    const access = ts.isPropertyAccessExpression(expression) ? expression : undefined;
    const held = access ? this.evaluate(access.expression).objects : [];
    if (access && held.length > 1) {
      const shapes = held.map((object) => this.propertyInitializer(object, access.name.text)).filter((e): e is ts.Expression => e !== undefined).map((e) => this.zodSchemaShape(e));
      if (shapes.length > 0) return shapes.reduce(merge);
    }
    const resolved = this.definitionOf(expression);
    const zod: ZodShape = ts.isObjectLiteralExpression(resolved)
      ? { fields: new Map(resolved.properties.filter((p) => ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)).map((p) => [propertyNameText(p.name) ?? "", this.zodShape(ts.isPropertyAssignment(p) ? p.initializer : p.name)])) }
      : this.zodShape(resolved);
    return zodToShape(zod);
  }

  /** A LangGraph node's state: what the graph's nodes return (the documents a retrieve node adds). */
  private graphStateArgument(fn: ts.SignatureDeclaration, index: number): Value | undefined {
    if (index !== 0 || this.catalogue.stateGraphs.length === 0 || !mentionsStateGraph(fn.getSourceFile())) return undefined;
    const nodes = stateGraphNodes(fn, this.catalogue.stateGraphs, (e) => this.evaluate(e).refs, (e) => this.evaluate(e).functions, (f) => this.referencesInFile(f, /\.addNode\(/), (identifier) => this.scopes.resolve(identifier)?.declaration);
    if (!nodes) return undefined;
    const facts = nodes.filter((node) => node !== fn).flatMap((node) => this.returnSummary(node).facts.filter((f) => f.origin.kind === "source"));
    return facts.length > 0 ? factsOnly(facts) : undefined;
  }

  /** What a remote caller sent: the request of a route handler, a server action's arguments, a socket event's payload. */
  private requestInput(fn: ts.SignatureDeclaration, index: number, parameter: ts.ParameterDeclaration): Value | undefined {
    const request = requestParameter(this.requestSources, fn, index, parameter, { refsOf: (e) => this.evaluate(e).refs, functionsOf: (e) => this.evaluate(e).functions, definitionOf: (e) => this.definitionOf(e), kindsOf: (e) => this.evaluate(e).kinds.filter((k) => k.path.length === 0).map((k) => k.kind), registeredHandler: this.routeHandler, registeredBotHandler: this.botHandler });
    if (!request) return undefined;
    const file = parameter.getSourceFile();
    const origin: SourceOrigin = { kind: "source", category: "request", label: request.label, file: file.fileName, start: parameter.getStart(file), end: parameter.getEnd() };
    const shape = request.validatedBy ? this.requestSources.validatedRequestShape(this.zodSchemaShape(request.validatedBy.schema), request.validatedBy.target) : request.shape;
    const input = factsOnly([{ origin, shape, accesses: [], steps: [{ file: file.fileName, start: origin.start, end: origin.end, message: `request input (${request.label})` }], sanitized: new Set() }]);
    return request.kind ? { ...input, kinds: [{ kind: request.kind, path: [] }] } : input;
  }

  /** The value a callback parameter receives from the call it is passed to: `.then(r => …)`, `.map(x => …)`, `.on("text", t => …)`. */
  private callbackArgument(fn: ts.SignatureDeclaration, index: number): Value | undefined {
    // `source.onmessage = (event) => …`: the handler receives the source's events.
    const assignment = fn.parent;
    if (index === 0 && ts.isBinaryExpression(assignment) && assignment.operatorToken.kind === ts.SyntaxKind.EqualsToken && assignment.right === (fn as unknown as ts.Expression) && ts.isPropertyAccessExpression(assignment.left) && /^on[a-z]+$/.test(assignment.left.name.text)) {
      const receiver = this.evaluate(assignment.left.expression);
      if (receiver.facts.length > 0) return factsOnly(this.access(receiver.facts, { op: "event", name: assignment.left.name.text.slice(2) }));
    }
    const received = this.channelArgument(fn, index) ?? this.fedArgument(fn, index) ?? this.listChildArgument(fn, index) ?? this.markdownOverrideArgument(fn, index) ?? this.chatRendererArgument(fn, index) ?? this.actionArgument(fn, index) ?? this.graphStateArgument(fn, index);
    if (received) return received;
    // `port.onMessage.addListener(portMessageListener)`: a listener named where it is registered.
    for (const reference of this.referencesInFile(fn)) {
      const byName = this.channelArgument(fn, index, reference);
      if (byName) return byName;
    }
    const options = this.optionsCallbackArgument(fn, index);
    if (options) return options;
    const call = fn.parent;
    // `useAuiState((s) => s.thread.messages)`: a UI library's state, given to the selector.
    if (index === 0 && ts.isCallExpression(call) && call.arguments[0] === (fn as unknown as ts.Expression)) {
      const refs = this.evaluate(call.expression).refs;
      const entry = this.catalogue.functionCalls.find((e) => e.selectorReceives && refs.some((ref) => refNames(ref, e.module, e.exportName, e.member)));
      const shape = entry?.selectorReceives ? this.shapeOf(entry.selectorReceives, call) : undefined;
      if (entry && shape) {
        const file = call.getSourceFile();
        const label = `${entry.exportName} state`;
        const source: SourceOrigin = { kind: "source", category: "model", label, file: file.fileName, start: call.getStart(file), end: call.getEnd() };
        return factsOnly([{ origin: source, shape, accesses: [], steps: [{ file: file.fileName, start: source.start, end: source.end, message: `model output from ${label}` }], sanitized: new Set() }]);
      }
    }
    if (!ts.isCallExpression(call) || !call.arguments.includes(fn as unknown as ts.Expression) || !ts.isPropertyAccessExpression(call.expression)) return undefined;
    const method = call.expression.name.text;
    // A Redux case reducer: its `action` is bound where the slice's state is computed.
    if ((this.catalogue.reduxToolkit.caseMethods as readonly string[]).includes(method)) return undefined;
    const receiver = this.evaluate(call.expression.expression);
    if (method === "then" && index === 0) return receiver;
    // `text.replace(/<artifact>(.*?)<\/artifact>/g, (match, body) => …)`: the match and its groups are pieces of the text.
    if ((method === "replace" || method === "replaceAll") && call.arguments[1] === (fn as unknown as ts.Expression)) {
      const groups = captureGroupCount(call.arguments[0]);
      const isPiece = groups === undefined || index <= groups || index === groups + 2;
      return isPiece && receiver.facts.length > 0 ? factsOnly(this.access(receiver.facts, { op: "call", name: "slice" })) : emptyValue;
    }
    if (callbackElementMethods.has(method) && index === 0) return this.elementOf(receiver);
    if ((method === "reduce" || method === "reduceRight") && index === 1) return this.elementOf(receiver);
    if ((method === "on" || method === "once" || method === "addListener" || method === "addEventListener") && index === 0) {
      const event = call.arguments[0];
      if (event && ts.isStringLiteralLike(event)) return factsOnly(this.access(receiver.facts, { op: "event", name: event.text }));
    }
    return receiver.facts.length > 0 || receiver.kinds.length > 0 ? emptyValue : undefined;
  }

  private sanitizerByReference(callback: ts.Expression): readonly SinkKind[] | "all" | undefined {
    const name = ts.isIdentifier(callback) ? callback.text : ts.isPropertyAccessExpression(callback) ? callback.name.text : undefined;
    if (!name) return undefined;
    const byName = this.catalogue.sanitizerNames.get(name) ?? this.catalogue.sanitizerNamePatterns.find((p) => p.pattern.test(name))?.protects;
    if (byName) return byName;
    const refs = this.evaluate(callback).refs;
    const closed = this.catalogue.sanitizers.find((s) => s.protects === "all" && "global" in s.callee && refs.some((r) => r.module === "<global>" && r.exportName === (s.callee as { global: string }).global && r.members.length === 0));
    return closed ? "all" : undefined;
  }

  /** The modules a channel's receiver comes from; Electron's `ipcRenderer` a preload put on `window` is Electron's. */
  channelModules(expression: ts.Expression): string[] {
    return this.evaluate(expression).refs.map((ref) => {
      const n = normalizeRef(ref);
      const path = n.module === "<global>" ? [n.exportName, ...n.members] : [];
      return this.catalogue.messageChannels.exposedIpcRenderers.some((exposed) => exposed.length === path.length && exposed.every((name, i) => path[i] === name)) ? "electron" : ref.module;
    });
  }

  /**
   * A listener on one of the app's own channels receives what its senders send:
   * `runtime.onMessage.addListener((msg) => …)`, `worker.onmessage = (e) => e.data`,
   * `ipcRenderer.on("reply", (event, text) => …)`, Tauri `listen("reply", (e) => e.payload)`.
   */
  private channelArgument(fn: ts.SignatureDeclaration, index: number, self: ts.Expression = fn as unknown as ts.Expression): Value | undefined {
    if (!this.channelMessages) return undefined;
    const channels = this.catalogue.messageChannels;
    const parent = self.parent;
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === self && index === 0) {
      const left = parent.left;
      const name = ts.isPropertyAccessExpression(left) ? left.name.text : ts.isIdentifier(left) ? left.text : undefined;
      return name === "onmessage" ? this.received("posted", undefined, "data") : undefined;
    }
    if (!ts.isCallExpression(parent)) return undefined;
    const first = parent.arguments[0];
    const key = first ? this.constantString(first) : undefined;
    const modules = (expression: ts.Expression): string[] => this.channelModules(expression);
    if (ts.isPropertyAccessExpression(parent.expression)) {
      const method = parent.expression.name.text;
      const receiver = parent.expression.expression;
      if (method === "addListener" && index === 0 && first === self && ts.isPropertyAccessExpression(receiver) && channels.extensionEvents.has(receiver.name.text)) return this.received("posted");
      if (method === "addEventListener" && key === "message" && index === 0 && parent.arguments[1] === self && this.evaluate(receiver).facts.length === 0) return this.received("posted", undefined, "data");
      if (channels.electronListeners.has(method) && key !== undefined && index === 1 && parent.arguments[1] === self && modules(receiver).some((m) => channels.electronModules.has(m))) return this.received("electron", key);
    }
    if (key !== undefined && index === 0 && parent.arguments[1] === self && modules(parent.expression).some((m) => channels.tauriEventModules.has(m))) return this.received("tauri", key, "payload");
    return undefined;
  }

  /** Where a named function of this file is handed over by name (an argument, or the right side of an assignment). */
  private referencesInFile(fn: ts.SignatureDeclaration, registeredBy = /addListener|addEventListener|onmessage|\.on\(|\.once\(|listen\(/): ts.Identifier[] {
    const nameNode = ts.isFunctionDeclaration(fn) ? fn.name : (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) ? fn.parent.name : undefined;
    // Only functions a file registers are looked up this way (listeners, graph nodes): a file that registers none is not scanned.
    if (!nameNode || !registeredBy.test(fn.getSourceFile().text)) return [];
    const declaration = ts.isFunctionDeclaration(fn) ? fn : fn.parent;
    const name = nameNode.text;
    const found: ts.Identifier[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && node.text === name && node !== nameNode) {
        const parent = node.parent;
        const handedOver = (ts.isCallExpression(parent) && parent.arguments.includes(node)) || (ts.isBinaryExpression(parent) && parent.right === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken);
        if (handedOver && this.scopes.resolve(node)?.declaration === declaration) found.push(node);
      }
      ts.forEachChild(node, visit);
    };
    visit(fn.getSourceFile());
    return found;
  }

  /** `<For each={messages()}>{(message) => …}</For>`: the child function gets each element of the list prop. */
  private listChildArgument(fn: ts.SignatureDeclaration, index: number): Value | undefined {
    const holder = fn.parent;
    if (index !== 0 || !holder || !ts.isJsxExpression(holder) || !ts.isJsxElement(holder.parent)) return undefined;
    const opening = holder.parent.openingElement;
    const refs = this.evaluate(opening.tagName as ts.Expression).refs;
    const component = this.catalogue.listComponents.find((c) => refs.some((ref) => c.modules.some((m) => refNames(ref, m, c.exportName))));
    if (!component) return undefined;
    for (const attribute of opening.attributes.properties) {
      if (!ts.isJsxAttribute(attribute) || attribute.name.getText() !== component.listProp) continue;
      const list = attribute.initializer && ts.isJsxExpression(attribute.initializer) ? attribute.initializer.expression : undefined;
      if (list) return this.elementOf(this.evaluate(list));
    }
    return undefined;
  }

  /**
   * `<ReactMarkdown components={{ code: ({ children }) => … }}>{text}</ReactMarkdown>`: an override
   * receives props made from the rendered text (a code block's content as `children`). The overrides
   * may be held in a constant or a `useMemo`.
   */
  private markdownOverrideArgument(fn: ts.SignatureDeclaration, index: number): Value | undefined {
    const holder = outermostTypeWrapper(fn).parent;
    if (index !== 0 || !holder || !(ts.isPropertyAssignment(holder) || ts.isMethodDeclaration(holder)) || !ts.isObjectLiteralExpression(holder.parent)) return undefined;
    const overrides = holder.parent;
    for (const attribute of this.attributesGiven(overrides)) {
      const element = attribute.parent.parent;
      const refs = this.evaluate(element.tagName as ts.Expression).refs;
      const component = this.catalogue.markdownComponents.find((c) => c.overridesProp === attribute.name.getText() && refs.some((ref) => c.modules.some((m) => c.exportNames.some((name) => refNames(ref, m, name)))));
      if (!component) continue;
      const texts: ts.Expression[] = [];
      for (const other of element.attributes.properties) {
        if (ts.isJsxAttribute(other) && other.name.getText() === component.textProp && other.initializer && ts.isJsxExpression(other.initializer) && other.initializer.expression) texts.push(other.initializer.expression);
      }
      if (ts.isJsxOpeningElement(element)) for (const child of element.parent.children) if (ts.isJsxExpression(child) && child.expression) texts.push(child.expression);
      const text = join(...texts.map((t) => this.evaluate(t)));
      return factsOnly(this.access(text.facts, { op: "wrap", name: component.textProp }));
    }
    return undefined;
  }

  /**
   * `<CopilotChat AssistantMessage={ReplyBubble} />`, `<MessagePrimitive.Parts components={{ Text: MarkdownText }} />`:
   * a component a chat library renders messages with gets the model's text in its props. The
   * component is given in place or by name in the same file.
   */
  private chatRendererArgument(fn: ts.SignatureDeclaration, index: number): Value | undefined {
    const renderers = this.catalogue.chatRenderers;
    const file = fn.getSourceFile();
    if (index !== 0 || !this.mentionsChatRenderer(file)) return undefined;
    const self = outermostTypeWrapper(fn) as ts.Expression;
    const name = ts.isFunctionDeclaration(fn) ? fn.name : ts.isVariableDeclaration(self.parent) && ts.isIdentifier(self.parent.name) ? self.parent.name : undefined;
    const uses: ts.Expression[] = [self];
    if (name) {
      const declaration = ts.isFunctionDeclaration(fn) ? fn : self.parent;
      const visit = (node: ts.Node): void => {
        if (ts.isIdentifier(node) && node !== name && node.text === name.text && this.scopes.resolve(node)?.declaration === declaration) uses.push(node);
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    for (const use of uses) {
      const container = use.parent;
      // `AssistantMessage={ReplyBubble}`
      const direct = container && ts.isJsxExpression(container) && ts.isJsxAttribute(container.parent) ? [{ attribute: container.parent, key: undefined as string | undefined }] : [];
      // `components={{ Text: MarkdownText }}`, also from a constant.
      const property = ts.isPropertyAssignment(container) && container.initializer === use ? container : ts.isShorthandPropertyAssignment(container) ? container : undefined;
      const inObject = property && ts.isObjectLiteralExpression(property.parent) ? this.attributesGiven(property.parent).map((attribute) => ({ attribute, key: propertyNameText(property.name) })) : [];
      for (const { attribute, key } of [...direct, ...inObject]) {
        const element = attribute.parent.parent;
        const tag = element.tagName as ts.Expression;
        const refs = this.evaluate(ts.isPropertyAccessExpression(tag) ? tag.expression : tag).refs;
        const renderer = renderers.find((r) => r.prop === attribute.name.getText() && (r.member === undefined ? key === undefined : r.member === "*" || r.member === key) && refs.some((ref) => r.modules.some((m) => r.exportNames.some((n) => refNames(ref, m, n)))));
        const shape = renderer ? this.shapeOf(renderer.receives, element) : undefined;
        if (!renderer || !shape) continue;
        const label = `${tag.getText(file)} ${attribute.name.getText()}`;
        const source: SourceOrigin = { kind: "source", category: "model", label, file: file.fileName, start: attribute.getStart(file), end: attribute.getEnd() };
        return factsOnly([{ origin: source, shape, accesses: [], steps: [{ file: file.fileName, start: source.start, end: source.end, message: `model output rendered by ${label}` }], sanitized: new Set() }]);
      }
    }
    return undefined;
  }

  private readonly chatRendererFiles = new WeakMap<ts.SourceFile, boolean>();

  /** Whether a file names a chat library whose renderers take the app's components (read once per file). */
  private mentionsChatRenderer(file: ts.SourceFile): boolean {
    let known = this.chatRendererFiles.get(file);
    if (known === undefined) {
      known = this.catalogue.chatRenderers.some((r) => r.modules.some((m) => file.text.includes(m)));
      this.chatRendererFiles.set(file, known);
    }
    return known;
  }

  /** The JSX attributes an object literal is the value of: written in place, or held in a constant (also through `useMemo`). */
  private attributesGiven(object: ts.ObjectLiteralExpression): ts.JsxAttribute[] {
    const attributeOf = (expression: ts.Node): ts.JsxAttribute | undefined => {
      const container = expression.parent;
      return container && ts.isJsxExpression(container) && ts.isJsxAttribute(container.parent) ? container.parent : undefined;
    };
    const direct = attributeOf(object);
    if (direct) return [direct];
    // `const components = { … }` or `useMemo(() => ({ … }), [])` held in a constant, then `components={components}`.
    let holder: ts.Node = object;
    while (holder.parent && (ts.isParenthesizedExpression(holder.parent) || ts.isAsExpression(holder.parent) || ts.isSatisfiesExpression(holder.parent) || (ts.isArrowFunction(holder.parent) && holder.parent.body === holder) || (ts.isCallExpression(holder.parent) && holder.parent.arguments.includes(holder as ts.Expression)))) holder = holder.parent;
    const declaration = holder.parent;
    if (!declaration || !ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name)) return [];
    const found: ts.JsxAttribute[] = [];
    const scope = ts.findAncestor(declaration, (n) => ts.isFunctionLike(n) || ts.isSourceFile(n)) ?? declaration.getSourceFile();
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && node !== declaration.name && this.scopes.resolve(node)?.declaration === declaration) {
        const attribute = attributeOf(node);
        if (attribute) found.push(attribute);
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(scope, visit);
    return found;
  }

  /** `const parser = createParser((event) => …); parser.feed(text)`: the callback's event carries the text. */
  private fedArgument(fn: ts.SignatureDeclaration, index: number): Value | undefined {
    if (index !== 0) return undefined;
    let holder: ts.Node = ts.isMethodDeclaration(fn) ? fn : fn.parent;
    if ((ts.isPropertyAssignment(holder) || ts.isMethodDeclaration(holder)) && ts.isObjectLiteralExpression(holder.parent)) {
      const name = holder.name ? propertyNameText(holder.name) : undefined;
      if (!name || !this.catalogue.feedParsers.some((p) => p.callbackProperties.includes(name))) return undefined;
      holder = holder.parent.parent;
    }
    if (!ts.isCallExpression(holder)) return undefined;
    const callee = this.evaluate(holder.expression);
    const parser = this.catalogue.feedParsers.find((p) => callee.refs.some((ref) => p.modules.some((m) => refNames(ref, m, p.exportName))));
    const declaration = holder.parent;
    if (!parser || !ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name)) return undefined;
    const binding = this.scopes.resolve(declaration.name);
    if (!binding) return undefined;
    const fed: Fact[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === parser.feedMethod && ts.isIdentifier(node.expression.expression) && this.refersTo(node.expression.expression, binding) && node.arguments[0]) {
        fed.push(...this.evaluate(node.arguments[0]).facts);
      }
      ts.forEachChild(node, visit);
    };
    visit(binding.scope);
    return fed.length > 0 ? factsOnly(this.access(fed, { op: "wrap", name: parser.field })) : undefined;
  }

  private received(kind: ChannelKind, key?: string, field?: string): Value | undefined {
    const facts: Fact[] = [];
    const objects: ts.ObjectLiteralExpression[] = [];
    for (const message of this.channelMessages?.(kind, key) ?? []) {
      // `port.postMessage({ answer, session })` read as `msg.answer`: only the fields read are evaluated,
      // so messages that carry state back and forth do not tie every listener into one cycle.
      const literal = skipTypeWrappers(message.value);
      if (!field && ts.isObjectLiteralExpression(literal)) {
        objects.push(literal);
        continue;
      }
      const file = message.site.getSourceFile();
      const step: Step = { file: file.fileName, start: message.site.getStart(file), end: message.site.getEnd(), message: `sent across the app (${calleeText(message.site.expression)})` };
      facts.push(...withStep(this.evaluate(message.value).facts, step));
    }
    if (facts.length === 0 && objects.length === 0) return undefined;
    return { ...factsOnly(field ? this.access(facts, { op: "wrap", name: field }) : facts), objects };
  }

  /**
   * `await browser.runtime.sendMessage(msg)`: what the extension's `onMessage` listeners answer —
   * what they return or resolve, or pass to `sendResponse` (the background script calls the model,
   * the content script renders the reply).
   */
  private extensionReply(node: ts.CallExpression): Value | undefined {
    const callee = node.expression;
    if (!this.extensionListeners || !ts.isPropertyAccessExpression(callee) || callee.name.text !== "sendMessage") return undefined;
    const receiver = callee.expression;
    if (!ts.isPropertyAccessExpression(receiver) || !this.catalogue.messageChannels.extensionSendReceivers.has(receiver.name.text)) return undefined;
    const facts: Fact[] = [];
    for (const listener of this.extensionListeners()) {
      for (const fn of this.evaluate(listener).functions) {
        facts.push(...this.returnSummary(fn).facts.filter((f) => f.origin.kind === "source"));
        // `sendResponse(answer)`: the listener's third parameter.
        const respond = fn.parameters[2];
        const body = "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
        if (!respond || !ts.isIdentifier(respond.name) || !body) continue;
        const visit = (n: ts.Node): void => {
          if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && this.scopes.resolve(n.expression)?.declaration === respond && n.arguments[0]) facts.push(...this.evaluate(n.arguments[0]).facts.filter((f) => f.origin.kind === "source"));
          ts.forEachChild(n, visit);
        };
        visit(body);
      }
    }
    if (facts.length === 0) return undefined;
    const file = node.getSourceFile();
    return factsOnly(withStep(facts, { file: file.fileName, start: node.getStart(file), end: node.getEnd(), message: "answered to the message by the extension's listener" }));
  }

  /** `ipcRenderer.invoke("ask", q)`: what the main process's `ipcMain.handle("ask", …)` returns. */
  private invokedResult(node: ts.CallExpression): Value | undefined {
    if (!this.electronHandlers || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== "invoke") return undefined;
    const first = node.arguments[0];
    const channel = first ? this.constantString(first) : undefined;
    if (channel === undefined) return undefined;
    if (!this.evaluate(node.expression.expression).refs.some((r) => this.catalogue.messageChannels.electronModules.has(r.module))) return undefined;
    const results = this.electronHandlers(channel).flatMap((handler) => this.evaluate(handler).functions.map((fn) => this.returnSummary(fn)));
    const facts = results.flatMap((r) => r.facts.filter((f) => f.origin.kind === "source"));
    return facts.length > 0 ? factsOnly(facts) : undefined;
  }

  /**
   * zustand stores. `create(init)` (or curried `create<T>()(init)`) is a store: the objects `init`
   * returns, plus what its `set(…)` calls write. `useStore()`, `useStore(selector)` and
   * `useStore.getState()` read that state.
   */
  private storeCall(node: ts.CallExpression, callee: Value, argValue: (i: number) => Value): Value | undefined {
    const marker = callee.refs.find((r) => r.module === storeModule);
    if (marker) {
      const state: Value = { ...emptyValue, objects: callee.objects, facts: callee.facts };
      if (marker.members.length === 0) {
        const selector = argValue(0).functions;
        return selector.length > 0 ? join(...selector.map((fn) => this.instantiateReturn(fn, node, (i) => (i === 0 ? state : emptyValue)))) : state;
      }
      if (marker.members.length !== 1 || marker.members[0] !== "getState" || !ts.isPropertyAccessExpression(node.expression)) return undefined;
      const hook = this.evaluate(node.expression.expression);
      return { ...emptyValue, objects: hook.objects, facts: hook.facts };
    }
    const creates = callee.refs.some((ref) => this.catalogue.stateStores.some((s) => refNames(ref, s.module, s.exportName) || (ref.module === s.module && ref.exportName === s.exportName && ref.members.length === 1 && ref.members[0] === "()")));
    if (!creates) return undefined;
    const init = argValue(0).functions[0];
    if (!init) return node.arguments.length === 0 ? { ...emptyValue, refs: builtBy(callee.refs) } : undefined;
    const built = this.returnSummary(init);
    const writes: Fact[] = [];
    const setter = init.parameters[0];
    const body = "body" in init ? (init.body as ts.Node | undefined) : undefined;
    if (setter && ts.isIdentifier(setter.name) && body) {
      const visit = (n: ts.Node): void => {
        if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && this.scopes.resolve(n.expression)?.declaration === setter && n.arguments[0]) {
          const written = this.evaluate(n.arguments[0]);
          writes.push(...written.facts, ...written.functions.flatMap((fn) => this.returnSummary(fn).facts));
        }
        ts.forEachChild(n, visit);
      };
      visit(body);
    }
    return { ...emptyValue, objects: built.objects, facts: [...built.facts, ...writes], refs: [{ module: storeModule, exportName: "store", members: [] }] };
  }

  /** `fetchEventSource("/api/chat", { onmessage(ev) { … } })`: the callback receives the answer. */
  private optionsCallbackArgument(fn: ts.SignatureDeclaration, index: number): Value | undefined {
    if (index !== 0) return undefined;
    const holder = ts.isMethodDeclaration(fn) ? fn : fn.parent;
    const object = holder.parent;
    if ((ts.isMethodDeclaration(holder) || ts.isPropertyAssignment(holder)) && holder.name && ts.isObjectLiteralExpression(object) && ts.isCallExpression(object.parent)) {
      const call = object.parent;
      const name = propertyNameText(holder.name);
      for (const entry of this.catalogue.endpointSources) {
        const callbacks = entry.callbacks;
        if (!callbacks || !name || !callbacks.names.includes(name) || call.arguments[callbacks.argument] !== object) continue;
        if (!calleeMatches(entry.callee, call, this.evaluate(call.expression))) continue;
        const source = this.endpointCallbackSource(call, entry);
        if (source) return source;
      }
    }
    // A model call's option callbacks: `streamText({ onChunk: ({ chunk }) => … })`.
    if ((ts.isMethodDeclaration(holder) || ts.isPropertyAssignment(holder)) && holder.name && ts.isObjectLiteralExpression(object) && ts.isCallExpression(object.parent) && object.parent.arguments[0] === object) {
      const call = object.parent;
      const name = propertyNameText(holder.name);
      const refs = this.evaluate(call.expression).refs;
      const entry = name ? this.catalogue.functionCalls.find((e) => e.optionCallbacks?.[name] && refs.some((ref) => refNames(ref, e.module, e.exportName, e.member))) : undefined;
      const receives = name ? entry?.optionCallbacks?.[name] : undefined;
      const shape = receives ? shapeFromPaths(receives, () => "data") : undefined;
      if (entry && shape) {
        const file = call.getSourceFile();
        const label = `${name} of ${entry.exportName} (${entry.module})`;
        const source: SourceOrigin = { kind: "source", category: "model", label, file: file.fileName, start: holder.getStart(file), end: holder.getEnd() };
        return factsOnly([{ origin: source, shape, accesses: [], steps: [{ file: file.fileName, start: source.start, end: source.end, message: `model output from ${label}` }], sanitized: new Set() }]);
      }
    }
    // …handed on through the project's request helpers (`post({ url, onDownloadProgress })` → `axios.post(url, data, { onDownloadProgress })`).
    for (const { call, entry } of this.forwardedCallbacks?.(fn) ?? []) {
      const source = this.endpointCallbackSource(call, entry);
      if (source) return source;
    }
    return undefined;
  }

  /** What an endpoint's callback receives, when the endpoint's URL names a chat action. */
  private endpointCallbackSource(call: ts.CallExpression, entry: EndpointSource): Value | undefined {
    const callbacks = entry.callbacks;
    if (!callbacks) return undefined;
    const url = call.arguments[entry.urlArgument];
    const text = url ? this.literalText(url) : "";
    const reason = this.endpointReason(text);
    const shape = reason ? shapeFromPaths(callbacks.receives, () => "data") : undefined;
    if (!reason || !shape) return undefined;
    const file = call.getSourceFile();
    const label = `${calleeText(call.expression)}(${JSON.stringify(text)}), ${reason}`;
    const source: SourceOrigin = { kind: "source", category: "model", label, file: file.fileName, start: call.getStart(file), end: call.getEnd(), browserOnly: true };
    return factsOnly([{ origin: source, shape, accesses: [], steps: [{ file: file.fileName, start: source.start, end: source.end, message: `model output from ${label}` }], sanitized: new Set() }]);
  }

  private sanitizerProtection(node: ts.CallExpression, callee: Value): readonly SinkKind[] | "all" | undefined {
    for (const sanitizer of this.catalogue.sanitizers) {
      if (calleeMatches(sanitizer.callee, node, callee) && (!sanitizer.configuredBy || configuresOption(node, sanitizer.configuredBy, this.scopes)) && (!sanitizer.unlessConfigured || !configuresUnsafely(node.getSourceFile(), sanitizer.unlessConfigured))) return sanitizer.protects;
    }
    if (this.escapesRawHtml(node) || this.rendererEscapesRawHtml(node, callee)) return ["html"];
    const name = ts.isIdentifier(node.expression) ? node.expression.text : ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : undefined;
    let byName = name ? (this.catalogue.sanitizerNames.get(name) ?? this.catalogue.sanitizerNamePatterns.find((p) => p.pattern.test(name))?.protects) : undefined;
    // A project's own `sanitizeHtml` is taken at its word only when its body escapes or sanitizes:
    // a chain that deletes `<script>` and `on…=` patterns leaves `<img src=x onerror=…>` alone.
    if (byName?.includes("html") && callee.functions.some((fn) => "body" in fn && fn.body) && !this.helperEscapesHtml(node)) byName = byName.filter((kind) => kind !== "html");
    if (byName && byName.length > 0) {
      const weak = this.weakConfinement(node, callee) !== undefined;
      const kept = weak ? byName.filter((kind) => kind !== "path") : byName;
      if (kept.length > 0) return kept;
      if (!weak) return byName;
    }
    // `schema.parse(x)` with a closed zod schema.
    if (ts.isPropertyAccessExpression(node.expression) && ["parse", "safeParse", "parseAsync", "safeParseAsync"].includes(node.expression.name.text)) {
      const zod = this.zodShape(node.expression.expression);
      if (zod === "closed") return "all";
    }
    return undefined;
  }

  /**
   * `marked.parse(text, { renderer })` where the renderer's `html` hook escapes what it is given
   * (`renderer.html = ({ text }) => escapeHtml(text)`), passed in the options or configured on
   * the module (`marked.use({ renderer: { html … } })`).
   */
  private rendererEscapesRawHtml(node: ts.CallExpression, callee: Value): boolean {
    const hook = this.catalogue.rawHtmlHooks.find((h) => callee.refs.some((ref) => h.modules.includes(ref.module)));
    if (!hook) return false;
    const renderers: ts.Expression[] = [];
    const rendererOf = (options: ts.Expression | undefined): void => {
      const object = options ? this.definitionOf(options) : undefined;
      if (!object || !ts.isObjectLiteralExpression(object)) return;
      for (const property of object.properties) {
        if (property.name && propertyNameText(property.name) === "renderer") renderers.push(ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : (property as unknown as ts.Expression));
      }
    };
    node.arguments.slice(1).forEach((a) => rendererOf(a));
    const sourceFile = node.getSourceFile();
    for (const statement of sourceFile.statements) {
      const expr = ts.isExpressionStatement(statement) ? statement.expression : undefined;
      if (expr && ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && hook.configureMethods.includes(expr.expression.name.text) && this.evaluate(expr.expression.expression).refs.some((ref) => hook.modules.includes(ref.module))) rendererOf(expr.arguments[0]);
    }
    return renderers.length > 0 && renderers.every((renderer) => this.hookEscapes(renderer, hook.hook) && hook.escapedByDefault.every((name) => !this.hookReturnsInput(renderer, name)));
  }

  /** The functions a renderer object (or `renderer.<name> = fn` writes to it) gives a hook. */
  private rendererHooks(renderer: ts.Expression, hookName: string): ts.Node[] {
    const defined = this.definitionOf(renderer);
    const hooks: ts.Node[] = [];
    if (ts.isObjectLiteralExpression(defined)) {
      for (const property of defined.properties) {
        if (!property.name || propertyNameText(property.name) !== hookName) continue;
        hooks.push(ts.isPropertyAssignment(property) ? this.definitionOf(property.initializer) : property);
      }
    } else if (ts.isIdentifier(renderer)) {
      // `const renderer = new marked.Renderer(); renderer.html = (…) => …`
      const declaration = this.scopes.resolve(renderer)?.declaration;
      const visit = (n: ts.Node): void => {
        if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left) && n.left.name.text === hookName && ts.isIdentifier(n.left.expression) && this.scopes.resolve(n.left.expression)?.declaration === declaration) hooks.push(this.definitionOf(n.right));
        ts.forEachChild(n, visit);
      };
      visit(renderer.getSourceFile());
    }
    return hooks;
  }

  /** The expressions a hook function returns. */
  private hookResults(fn: ts.Node): ts.Expression[] | undefined {
    if (!ts.isFunctionLike(fn) || !("body" in fn) || !fn.body) return undefined;
    const results: ts.Expression[] = [];
    if (!ts.isBlock(fn.body)) results.push(fn.body as ts.Expression);
    else {
      const collect = (n: ts.Node): void => {
        if (ts.isFunctionLike(n)) return;
        if (ts.isReturnStatement(n)) results.push(n.expression ?? ts.factory.createStringLiteral(""));
        ts.forEachChild(n, collect);
      };
      ts.forEachChild(fn.body, collect);
    }
    return results;
  }

  /** A replaced hook that can return its input as it came: `(code) => \`<pre>${valid ? hl(code) : code}</pre>\``. */
  private hookReturnsInput(renderer: ts.Expression, hookName: string): boolean {
    return this.rendererHooks(renderer, hookName).some((fn) => {
      const input = ts.isFunctionLike(fn) ? fn.parameters[0] : undefined;
      if (!input) return false;
      const names = new Set<string>();
      if (ts.isIdentifier(input.name)) names.add(input.name.text);
      else if (ts.isObjectBindingPattern(input.name)) for (const element of input.name.elements) if (ts.isIdentifier(element.name)) names.add(element.name.text);
      const isInput = (e: ts.Expression, depth: number): boolean => {
        const expr = skipTypeWrappers(e);
        if (depth > 4) return false;
        if (ts.isIdentifier(expr)) {
          const declaration = this.scopes.resolve(expr)?.declaration;
          if (declaration && (declaration === input || (ts.isBindingElement(declaration) && input.name === declaration.parent))) return names.has(expr.text);
          const defined = this.definitionOf(expr);
          return defined !== expr && isInput(defined, depth + 1);
        }
        if (ts.isTemplateExpression(expr)) return expr.templateSpans.some((span) => isInput(span.expression, depth + 1));
        if (ts.isConditionalExpression(expr)) {
          // `escaped ? text : escapeHtml(text)`: marked says the code came escaped (by a highlighter) already.
          const condition = skipTypeWrappers(expr.condition);
          const saysEscaped = (ts.isIdentifier(condition) && condition.text === "escaped") || (ts.isPropertyAccessExpression(condition) && condition.name.text === "escaped");
          return (!saysEscaped && isInput(expr.whenTrue, depth + 1)) || isInput(expr.whenFalse, depth + 1);
        }
        if (ts.isBinaryExpression(expr) && [ts.SyntaxKind.PlusToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(expr.operatorToken.kind)) return isInput(expr.left, depth + 1) || isInput(expr.right, depth + 1);
        return false;
      };
      return (this.hookResults(fn) ?? []).some((result) => isInput(result, 0));
    });
  }

  /** A call whose result is escaped for HTML: a catalogued sanitizer, or a project helper returning an escaping `replace` chain. */
  escapesForHtml(call: ts.CallExpression, depth = 0): boolean {
    const protects = this.sanitizerProtection(call, this.evaluate(call.expression));
    if (protects === "all" || (protects !== undefined && protects.includes("html"))) return true;
    if (depth > 2) return false;
    return this.helperEscapesHtml(call, depth);
  }

  /** Whether every `return` of the project helper a call runs is escaped for HTML (see `escapesForHtml`). */
  private helperEscapesHtml(call: ts.CallExpression, depth = 0): boolean {
    if (depth > 2 || this.helpersBeingJudged.has(call)) return false;
    this.helpersBeingJudged.add(call);
    try {
      return this.helperResultsEscaped(call, depth);
    } finally {
      this.helpersBeingJudged.delete(call);
    }
  }

  private helperResultsEscaped(call: ts.CallExpression, depth: number): boolean {
    // A project helper every `return` of which is escaped: an escaping `replace` chain, a sanitizer's
    // result (`return DOMPurify.sanitize(html, …)`), or text with no markup (`return ''`).
    const escaped = (result: ts.Expression): boolean => {
      const expr = skipTypeWrappers(result);
      if (ts.isStringLiteralLike(expr)) return !expr.text.includes("<");
      if (this.escapedByTextContent(expr)) return true;
      let link: ts.Expression = expr;
      for (let i = 0; i < 12 && ts.isCallExpression(link) && ts.isPropertyAccessExpression(link.expression); i++) {
        if (this.escapesAngleBrackets(link)) return true;
        link = skipTypeWrappers(link.expression.expression);
      }
      return ts.isCallExpression(expr) && this.escapesForHtml(expr, depth + 1);
    };
    const fns = this.evaluate(call.expression).functions.slice(0, 2);
    return fns.length > 0 && fns.every((fn) => {
      const results = this.hookResults(fn) ?? [];
      return results.length > 0 && results.every(escaped);
    });
  }

  /**
   * `const div = document.createElement("div"); div.textContent = s; return div.innerHTML;`: the
   * browser escapes what it was given as text.
   */
  private escapedByTextContent(expr: ts.Expression): boolean {
    if (!ts.isPropertyAccessExpression(expr) || expr.name.text !== "innerHTML" || !ts.isIdentifier(expr.expression)) return false;
    const declaration = this.scopes.resolve(expr.expression)?.declaration;
    const created = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer ? skipTypeWrappers(declaration.initializer) : undefined;
    if (!created || !ts.isCallExpression(created) || !ts.isPropertyAccessExpression(created.expression) || created.expression.name.text !== "createElement") return false;
    const scope = ts.findAncestor(declaration, ts.isFunctionLike);
    if (!scope) return false;
    let setsText = false;
    let setsHtml = false;
    const visit = (node: ts.Node): void => {
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && ts.isIdentifier(node.left.expression) && this.scopes.resolve(node.left.expression)?.declaration === declaration) {
        if (["textContent", "innerText"].includes(node.left.name.text)) setsText = true;
        else if (["innerHTML", "outerHTML"].includes(node.left.name.text)) setsHtml = true;
      }
      ts.forEachChild(node, visit);
    };
    visit(scope);
    return setsText && !setsHtml;
  }

  /** The renderer's hook for raw HTML returns only escaped text or nothing. */
  private hookEscapes(renderer: ts.Expression, hookName: string): boolean {
    const hooks = this.rendererHooks(renderer, hookName);
    if (hooks.length === 0) return false;
    const escaped = (result: ts.Expression): boolean => {
      const expr = skipTypeWrappers(result);
      if (ts.isStringLiteralLike(expr)) return !expr.text.includes("<");
      // `<p>${encodeHTML(html)}</p>`: the app's own tags around escaped text.
      if (ts.isTemplateExpression(expr)) return expr.templateSpans.every((span) => escaped(span.expression));
      return ts.isCallExpression(expr) && this.escapesForHtml(expr);
    };
    return hooks.every((fn) => {
      const results = this.hookResults(fn);
      return results !== undefined && results.length > 0 && results.every(escaped);
    });
  }

  /**
   * `replace(/</g, "&lt;")`, `replace(/[<>&]/g, (c) => ENTITIES[c])`: every `<` becomes an entity.
   * A pattern without the global flag replaces only the first one, and is not an escape.
   */
  escapesAngleBrackets(node: ts.CallExpression): boolean {
    const [pattern, replacement] = node.arguments;
    if (!pattern || !replacement) return false;
    const method = ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : "";
    let matchesLessThan = false;
    if (ts.isRegularExpressionLiteral(pattern)) {
      const slash = pattern.text.lastIndexOf("/");
      const source = pattern.text.slice(1, slash);
      const flags = pattern.text.slice(slash + 1);
      matchesLessThan = flags.includes("g") && (source === "<" || /^\[[^\]^]*<[^\]]*\]$/.test(source));
    } else if (ts.isStringLiteralLike(pattern)) {
      matchesLessThan = method === "replaceAll" && pattern.text === "<";
    }
    if (!matchesLessThan) return false;
    const isEntity = (text: string): boolean => /^&(lt|#0*60|#x0*3c);$/i.test(text);
    if (ts.isStringLiteralLike(replacement)) return isEntity(replacement.text);
    // A function mapping each character through a table of entities.
    const fn = this.evaluate(replacement).functions[0];
    const body = fn && "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
    if (!body) return false;
    let mapsToEntity = false;
    const visit = (n: ts.Node): void => {
      if (ts.isStringLiteralLike(n) && isEntity(n.text)) mapsToEntity = true;
      // `(c) => \`&#${c.charCodeAt(0)};\``: each matched character as its numeric reference.
      if (ts.isTemplateExpression(n) && n.head.text === "&#" && n.templateSpans.length === 1 && n.templateSpans[0]!.literal.text === ";" && /\.(charCodeAt|codePointAt)\(/.test(n.templateSpans[0]!.expression.getText())) mapsToEntity = true;
      if (ts.isElementAccessExpression(n)) {
        const table = this.definitionOf(n.expression);
        if (ts.isObjectLiteralExpression(table) && table.properties.some((p) => ts.isPropertyAssignment(p) && ts.isStringLiteralLike(p.initializer) && isEntity(p.initializer.text))) mapsToEntity = true;
      }
      ts.forEachChild(n, visit);
    };
    visit(body);
    return mapsToEntity;
  }

  /** Whether a call sanitizes what it returns for HTML (`DOMPurify.sanitize(x)`, an escaping helper). */
  sanitizesHtml(node: ts.CallExpression): boolean {
    const protection = this.sanitizerProtection(node, this.evaluate(node.expression));
    return protection === "all" || (protection !== undefined && protection.includes("html"));
  }

  /** A Markdown render whose raw HTML comes out escaped: markdown-it's defaults, a marked `html` hook that escapes. */
  escapesMarkdownHtml(node: ts.CallExpression): boolean {
    return this.escapesRawHtml(node) || this.rendererEscapesRawHtml(node, this.evaluate(node.expression));
  }

  /** `md.render(text)` of a markdown-it instance built without `html: true`: raw HTML in the text comes out escaped. */
  private escapesRawHtml(node: ts.CallExpression): boolean {
    if (!ts.isPropertyAccessExpression(node.expression)) return false;
    const method = node.expression.name.text;
    const receiverExpression = node.expression.expression;
    let built = this.definitionOf(receiverExpression);
    // `markdownIt({ html: false }).disable("list")`: turning parser rules on or off keeps the options.
    while (ts.isCallExpression(built) && ts.isPropertyAccessExpression(built.expression) && ["disable", "enable"].includes(built.expression.name.text)) built = this.definitionOf(built.expression.expression);
    if (!ts.isCallExpression(built) && !ts.isNewExpression(built)) return false; // built elsewhere: its options are unknown
    const refs = this.evaluate(built).refs;
    const renderer = this.catalogue.htmlEscapingRenderers.find((r) => r.methods.includes(method) && refs.some((ref) => refVariants(ref).some((v) => r.modules.includes(v.module) && v.exportName === r.exportName && v.members.length === 1 && v.members[0] === "()")));
    if (!renderer) return false;
    // Plugins may put raw HTML back (`markdownIt().use(katex)`, `md.use(plugin)`): only a bare instance is trusted.
    if (!this.evaluate(built.expression).refs.some((ref) => ref.members.length === 0 && renderer.modules.includes(ref.module))) return false;
    if (ts.isIdentifier(receiverExpression) && usesPlugins(receiverExpression, this.scopes)) return false;
    // `markdownIt(preset?, options?)`
    const first = built.arguments?.[0] ? this.definitionOf(built.arguments[0]) : undefined;
    if (first && ts.isStringLiteralLike(first) && renderer.rawHtmlPresets.includes(first.text)) return false;
    const second = built.arguments?.[1];
    const options = first && ts.isStringLiteralLike(first) ? (second ? this.definitionOf(second) : undefined) : first;
    const rawHtml = options && ts.isObjectLiteralExpression(options) ? options.properties.find((p) => p.name !== undefined && propertyNameText(p.name) === renderer.rawHtmlOption) : undefined;
    return !rawHtml || (ts.isPropertyAssignment(rawHtml) && rawHtml.initializer.kind === ts.SyntaxKind.FalseKeyword);
  }

  /**
   * A project helper whose name promises path confinement (`validatePath`) but whose body does not
   * give it: a bare prefix check, or a check (`resolved.includes("..")` after `path.resolve`) that
   * leaves the path it returns unconfined as the guards read it. That check, shown as a step of the flow.
   */
  private weakConfinement(node: ts.CallExpression, callee: Value): { node: ts.Node; message: string } | undefined {
    if (callee.functions.length === 0) return undefined;
    const name = ts.isIdentifier(node.expression) ? node.expression.text : ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : undefined;
    const byName = name ? (this.catalogue.sanitizerNames.get(name) ?? this.catalogue.sanitizerNamePatterns.find((p) => p.pattern.test(name))?.protects) : undefined;
    if (!byName?.includes("path")) return undefined;
    for (const fn of callee.functions) {
      if (!this.barePrefixMemo.has(fn)) this.barePrefixMemo.set(fn, barePrefixCheck(fn, this.scopes));
      const check = this.barePrefixMemo.get(fn);
      if (check) return { node: check, message: "a bare prefix check: without a trailing separator, '/srv/app' also admits '/srv/app-other'" };
      const attempt = confinementAttempt(fn);
      // What the helper returns of its own parameter, still unconfined after its checks.
      const unconfined = attempt && this.returnSummary(fn).facts.some((f) => f.origin.kind === "param" && f.origin.fn === fn && !f.sanitized.has("path"));
      if (attempt && unconfined) return { node: attempt, message: "a check that does not confine the path: a '..' test after resolving, or with absolute paths let through, admits any file" };
    }
    return undefined;
  }

  private isCommand(arg: ts.Expression | undefined, command: string): boolean {
    if (!arg || !ts.isNewExpression(arg)) return false;
    const ref = this.evaluate(arg.expression).refs.map(normalizeRef)[0];
    return ref?.exportName === command || (ts.isIdentifier(arg.expression) && arg.expression.text === command);
  }

  private labelFor(node: ts.CallExpression, kindPath: KindPath): string {
    const text = calleeText(node.expression);
    return text.length <= 60 ? text : `${kindPath.kind}.${kindPath.path.join(".")}`;
  }

  private shapeOf(paths: readonly string[], call: ts.CallExpression | ts.JsxOpeningLikeElement): Shape | undefined {
    const usesSchema = paths.some((p) => p.endsWith(":schema"));
    if (!usesSchema && this.shapeCache.has(paths)) return this.shapeCache.get(paths);
    const shape = shapeFromPaths(paths, (name) => {
      if (name === "completion") return shapeFromPaths(this.catalogue.completionShape) ?? "data";
      if (name === "schema") return ts.isCallExpression(call) ? this.schemaOption(call) : "data";
      return "data";
    });
    if (!usesSchema) this.shapeCache.set(paths, shape);
    return shape;
  }

  /** The shape of `generateObject({ schema })`'s object: the zod schema's open fields. */
  private schemaOption(call: ts.CallExpression): Shape {
    const options = call.arguments[0];
    if (!options || !ts.isObjectLiteralExpression(options)) return "data";
    for (const property of options.properties) {
      if (ts.isPropertyAssignment(property) && propertyNameText(property.name) === "schema") {
        const zod = this.zodShape(property.initializer);
        return zod === "closed" ? (objectWithFields(new Map()) as Shape) : zodToShape(zod);
      }
    }
    return "data";
  }

  /**
   * The expression a value is defined by, through constants, imports and fields of object
   * literals (`getFigmaDataTool.parameters` → the `parameters` object of the imported definition).
   */
  definitionOf(expression: ts.Expression, depth = 0): ts.Expression {
    let expr = expression;
    while (ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr) || ts.isParenthesizedExpression(expr)) expr = expr.expression;
    if (depth > 4) return expr;
    if (ts.isIdentifier(expr)) {
      const local = resolveConstInitializer(expr, this.scopes);
      if (local && local !== expr) return this.definitionOf(local, depth + 1);
      const imported = this.importedDefinition(expr);
      if (imported) return this.definitionOf(imported, depth + 1);
      const objects = this.evaluate(expr).objects;
      return objects.length === 1 && objects[0] ? objects[0] : expr;
    }
    if (ts.isPropertyAccessExpression(expr)) {
      // One object's property; several objects (a loop over a list of tools) give no one definition.
      const held = this.evaluate(expr.expression).objects.flatMap((object) => object.properties.filter((p) => p.name !== undefined && propertyNameText(p.name) === expr.name.text));
      const [property] = held;
      if (held.length === 1 && property && ts.isPropertyAssignment(property)) return this.definitionOf(property.initializer, depth + 1);
      if (held.length === 1 && property && ts.isShorthandPropertyAssignment(property)) return this.definitionOf(property.name, depth + 1);
      // `this.promptTemplate` of a class that sets it once (`this.promptTemplate = ragPrompt` in its constructor, or a field initializer).
      if (expr.expression.kind === ts.SyntaxKind.ThisKeyword) {
        const assigned = thisFieldValues(expr);
        if (assigned.length === 1 && assigned[0]) return this.definitionOf(assigned[0], depth + 1);
      }
    }
    return expr;
  }

  /**
   * A request to a chat endpoint (`fetch("/api/chat")`, `new EventSource(\`/stream-chat/${id}\`)`):
   * what of its response is model output, and how to name it.
   */
  private endpointSourceShape(node: ts.CallExpression | ts.NewExpression, callee: Value, as: "call" | "new"): { shape: Shape; label: string } | undefined {
    for (const entry of this.catalogue.endpointSources) {
      if (entry.as !== as || !entry.returns || !calleeMatches(entry.callee, node, callee)) continue;
      const url = node.arguments?.[entry.urlArgument];
      const text = url ? this.literalText(url) : "";
      const reason = this.endpointReason(text);
      if (!reason) continue;
      const shape = shapeFromPaths(entry.returns ?? [], () => "data");
      if (shape) return { shape, label: `${calleeText(node.expression)}(${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)}), ${reason}` };
    }
    return undefined;
  }

  /**
   * Whether the URL names a chat endpoint, by its path alone. For a helper's `url` parameter
   * (`a | b`, one per caller) every caller must pass one: a general `apiFetch(url)` also used for
   * settings and lists is not a chat endpoint.
   */
  private endpointReason(urls: string): string | undefined {
    // Either branch of a conditional URL may be the one requested: one chat endpoint among them is enough.
    if (urls.includes(" || ")) return urls.split(" || ").map((url) => this.endpointReason(url)).find((reason) => reason !== undefined);
    // A caller whose URL is wholly unknown (`config.customUrl`) says nothing either way.
    const known = urls.split(" | ").filter((url) => /[^…\s]/.test(url));
    if (known.length === 0) return undefined;
    let route: string | undefined;
    const all = known.every((url) => {
      if (this.catalogue.providerGenerationUrls.some((pattern) => pattern.test(url))) return true;
      if (this.catalogue.staticAssetUrl.test(url)) return false;
      const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "").split(/[?#]/)[0] ?? "";
      if (isChatPath(path, this.catalogue.chatEndpointUrl, this.catalogue.chatEndpointTail, this.catalogue.chatEndpointRejects, this.catalogue.chatEndpointReportRoots)) return true;
      // Full stack: a route of this app that answers with model output.
      route = this.modelRoute?.(url) ?? undefined;
      return route !== undefined;
    });
    if (!all) return undefined;
    return route ? `answered with model output by ${route}` : "a chat endpoint";
  }

  /** The literal parts of a URL expression, through constants: `${BASE}/api/chat?x=${q}` → "/api/chat?x=". */
  private literalText(expression: ts.Expression, depth = 0, bound: ReadonlyMap<ts.Node, ts.Expression> = new Map()): string {
    const expr = this.definitionOf(expression);
    if (ts.isStringLiteralLike(expr)) return expr.text;
    if (depth > 6) return "…";
    // `useProxy ? proxied(url) : url`: either URL, as alternatives (only the whole URL can be one).
    if (ts.isConditionalExpression(expr)) return depth === 0 ? `${this.literalText(expr.whenTrue, depth + 1, bound)} || ${this.literalText(expr.whenFalse, depth + 1, bound)}` : "…";
    if (ts.isTemplateExpression(expr)) return expr.head.text + expr.templateSpans.map((span) => this.literalText(span.expression, depth + 1, bound) + span.literal.text).join("");
    if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) return this.literalText(expr.left, depth + 1, bound) + this.literalText(expr.right, depth + 1, bound);
    // A project URL builder: `fetch(buildUrl(url))` with `buildUrl(path) { return \`${BASE}/v1${path}\` }`.
    if (ts.isCallExpression(expr)) {
      const built = this.builtText(expr, depth, bound);
      if (built !== undefined) return built;
    }
    if (ts.isIdentifier(expr)) {
      const declaration = this.scopes.resolve(expr)?.declaration;
      const argument = declaration && bound.get(declaration);
      if (argument) return this.literalText(argument, depth + 1);
    }
    // A helper's `url` parameter: what its callers pass (`getStream("/api/chat", …)`), any of them.
    if (ts.isIdentifier(expr) && this.callerArgumentExpressions) {
      const declaration = this.scopes.resolve(expr)?.declaration;
      if (declaration && ts.isParameter(declaration) && ts.isIdentifier(declaration.name)) {
        const fn = declaration.parent;
        // A reconnecting helper passes its own parameter back (`ws.onclose = () => connect(agentId)`): that call adds nothing.
        const passesItself = (a: ts.Expression): boolean => ts.isIdentifier(a) && this.scopes.resolve(a)?.declaration === declaration;
        const passed = this.callerArgumentExpressions(fn, fn.parameters.indexOf(declaration)).filter((a) => !passesItself(a)).map((a) => this.literalText(a, depth + 1)).filter((t) => t !== "…");
        if (passed.length > 0) return passed.join(" | ");
      }
      // …or a field of its options (`post({ url: "/chat-process", … })` to `function post({ url })`).
      const binding = this.scopes.resolve(expr);
      const step = binding?.pattern.length === 1 ? binding.pattern[0] : undefined;
      if (binding && ts.isParameter(binding.declaration) && step?.kind === "prop") {
        const fn = binding.declaration.parent;
        const passed = this.callerArgumentExpressions(fn, fn.parameters.indexOf(binding.declaration)).flatMap((a) => {
          const object = this.definitionOf(a);
          if (!ts.isObjectLiteralExpression(object)) return [];
          const field = object.properties.find((p) => p.name !== undefined && propertyNameText(p.name) === step.name);
          const value = field && ts.isPropertyAssignment(field) ? field.initializer : field && ts.isShorthandPropertyAssignment(field) ? field.name : undefined;
          return value ? [this.literalText(value, depth + 1)] : [];
        }).filter((t) => t !== "…" && t !== "");
        if (passed.length > 0) return passed.join(" | ");
      }
    }
    return this.constantString(expr) ?? "…";
  }

  /** What a project function returns for these arguments, as literal text: each `return`, joined as alternatives. */
  private builtText(call: ts.CallExpression, depth: number, bound: ReadonlyMap<ts.Node, ts.Expression>): string | undefined {
    const fns = this.evaluate(call.expression).functions;
    const fn = fns.length === 1 ? fns[0] : undefined;
    const body = fn && "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
    if (!fn || !body) return undefined;
    const parameters = new Map<ts.Node, ts.Expression>();
    fn.parameters.forEach((parameter, i) => {
      const argument = call.arguments[i];
      // An argument that is itself a parameter being bound keeps its binding.
      const outer = argument && ts.isIdentifier(argument) ? this.scopes.resolve(argument)?.declaration : undefined;
      const value = outer && bound.get(outer);
      if (argument) parameters.set(parameter, value ?? argument);
    });
    const returned: ts.Expression[] = [];
    if (!ts.isBlock(body)) returned.push(body as ts.Expression);
    else {
      const visit = (node: ts.Node): void => {
        if (ts.isFunctionLike(node)) return;
        if (ts.isReturnStatement(node) && node.expression) returned.push(node.expression);
        ts.forEachChild(node, visit);
      };
      ts.forEachChild(body, visit);
    }
    if (returned.length === 0 || returned.length > 4) return undefined;
    return returned.map((r) => this.literalText(r, depth + 1, parameters)).join(" | ");
  }

  /** Whether a template's constant beginning already names a host and starts its path, query or fragment. */
  private fixesUrlOrigin(template: ts.TemplateExpression, spanFacts: readonly (readonly Fact[])[]): boolean {
    let prefix = template.head.text;
    // `/vault/${path}`: a path, relative to whatever origin it is sent to or appended to.
    if (/^\/[^/?#\\]/.test(prefix)) return true;
    for (const [i, span] of template.templateSpans.entries()) {
      if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]+[/?#]/i.test(prefix)) return true;
      const constant = this.constantString(span.expression);
      if (constant === undefined) {
        // A base no input reaches (`${getApiUrl()}/projects/…`), then a literal path: the host is the configured one.
        return (spanFacts[i] ?? []).length === 0 && /^\/(?!\/)/.test(span.literal.text) && /^([a-z][a-z0-9+.-]*:\/\/)?$/i.test(prefix);
      }
      prefix += constant + span.literal.text;
    }
    return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+[/?#]/i.test(prefix);
  }

  /** The text a constant holds: a literal, a `const`, a class field set once to a literal. */
  constantString(expression: ts.Expression): string | undefined {
    const expr = this.definitionOf(expression);
    if (ts.isStringLiteralLike(expr)) return expr.text;
    // `WriteToFileTool.TOOL_NAME`: a static field of a project class set to a literal.
    if (ts.isPropertyAccessExpression(expr) && expr.expression.kind !== ts.SyntaxKind.ThisKeyword) {
      const field = expr.name.text;
      for (const cls of this.evaluate(expr.expression).classes) {
        const member = cls.members.find((m): m is ts.PropertyDeclaration => ts.isPropertyDeclaration(m) && m.name !== undefined && propertyNameText(m.name) === field && (ts.getModifiers(m) ?? []).some((mod) => mod.kind === ts.SyntaxKind.StaticKeyword));
        if (member?.initializer && ts.isStringLiteralLike(member.initializer)) return member.initializer.text;
      }
    }
    if (ts.isPropertyAccessExpression(expr) && expr.expression.kind === ts.SyntaxKind.ThisKeyword) {
      let cls: ts.Node | undefined = expr.parent;
      while (cls && !ts.isClassLike(cls)) cls = cls.parent;
      if (!cls || !ts.isClassLike(cls)) return undefined;
      const name = expr.name.text;
      const written = [
        ...cls.members.filter((m): m is ts.PropertyDeclaration => ts.isPropertyDeclaration(m) && m.name !== undefined && propertyNameText(m.name) === name && m.initializer !== undefined).map((m) => m.initializer as ts.Expression),
        ...(this.thisWritesIn(cls).get(name) ?? []),
      ];
      const texts = new Set(written.map((w) => (ts.isStringLiteralLike(w) ? w.text : undefined)));
      const only = texts.size === 1 ? [...texts][0] : undefined;
      return only;
    }
    return undefined;
  }

  /** `(v) => ALLOWED_ROLES.includes(v)` over a constant collection, here or imported. */
  private refinesToAllowList(callback: ts.Expression | undefined): boolean {
    if (!callback || !(ts.isArrowFunction(callback) || ts.isFunctionExpression(callback))) return false;
    const parameter = callback.parameters[0];
    const body = ts.isBlock(callback.body) ? callback.body.statements.find(ts.isReturnStatement)?.expression : callback.body;
    if (!parameter || !ts.isIdentifier(parameter.name) || !body) return false;
    const call = skipTypeWrappers(body);
    if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression) || !["includes", "has"].includes(call.expression.name.text)) return false;
    const argument = call.arguments[0];
    if (!argument || !ts.isIdentifier(argument) || argument.text !== parameter.name.text) return false;
    const collection = call.expression.expression;
    return isConstantCollection(collection, this.scopes) || isConstantCollection(this.definitionOf(collection), this.scopes);
  }

  /** Whether an expression is a zod schema: a chain of calls rooted at `z` or a zod import. */
  private isZodSchema(expression: ts.Expression, depth = 0): boolean {
    if (depth > 8) return false;
    const expr = resolveConstInitializer(expression, this.scopes) ?? expression;
    if (ts.isCallExpression(expr)) return this.isZodSchema(expr.expression, depth + 1);
    if (ts.isPropertyAccessExpression(expr)) return this.isZodSchema(expr.expression, depth + 1);
    if (!ts.isIdentifier(expr)) return false;
    return this.evaluate(expr).refs.some((r) => this.catalogue.zodModules.has(r.module));
  }

  /** What a zod schema admits: `closed` values only, `open` text, or an object / array of those. */
  zodShape(expression: ts.Expression, depth = 0): ZodShape {
    if (depth > 6) return "open";
    // A schema imported from the project's own module of validators (`SlugParam` from "../types") is read there.
    const expr = resolveConstInitializer(expression, this.scopes) ?? (ts.isIdentifier(expression) ? this.definitionOf(expression) : expression);
    const valibot = this.valibotShape(expr, depth) ?? this.typeboxShape(expr, depth);
    if (valibot) return valibot;
    if (ts.isCallExpression(expr) && ts.isIdentifier(expr.expression)) return this.returnedSchemaShape(expr, depth) ?? "open";
    if (!ts.isCallExpression(expr) || !ts.isPropertyAccessExpression(expr.expression)) return "open";
    const method = expr.expression.name.text;
    const base = expr.expression.expression;
    // `.refine((v) => ALLOWED.includes(v))`: only the allow-list's values pass.
    if (method === "refine" && this.refinesToAllowList(expr.arguments[0])) return "closed";
    if (["optional", "nullable", "nullish", "default", "describe", "catch", "readonly", "brand", "trim", "toLowerCase", "min", "max", "length", "nonempty", "int", "positive", "nonnegative", "refine", "superRefine"].includes(method)) {
      return this.zodShape(base, depth + 1);
    }
    if (this.catalogue.closedZodStringRefinements.has(method)) return "closed";
    if (method === "regex") {
      // `.regex(ALLOWED_NAME_REGEX, message)`: the pattern held in a constant.
      const pattern = expr.arguments[0] && (ts.isIdentifier(expr.arguments[0]) ? this.definitionOf(expr.arguments[0]) : expr.arguments[0]);
      return pattern && ts.isRegularExpressionLiteral(pattern) && isClosedPattern(pattern.text) ? "closed" : "open";
    }
    const isZodRoot = ts.isIdentifier(base) && (base.text === "z" || this.evaluate(base).refs.some((r) => this.catalogue.zodModules.has(r.module)));
    const isCoerce = ts.isPropertyAccessExpression(base) && base.name.text === "coerce";
    if (isCoerce) return method === "string" ? "open" : "closed";
    // `AtlasArgs.projectId()`: a project helper that returns a schema is that schema.
    if (!isZodRoot) return this.returnedSchemaShape(expr, depth) ?? "open";
    if (this.catalogue.closedZodConstructors.has(method)) return "closed";
    if (method === "object" || method === "strictObject" || method === "looseObject") {
      const shapeArg = expr.arguments[0] && this.definitionOf(expr.arguments[0]);
      if (!shapeArg || !ts.isObjectLiteralExpression(shapeArg)) return "open";
      const fields = new Map<string, ZodShape>();
      for (const property of shapeArg.properties) {
        if (ts.isPropertyAssignment(property)) fields.set(propertyNameText(property.name) ?? "", this.zodShape(property.initializer, depth + 1));
      }
      return [...fields.values()].every((f) => f === "closed") ? "closed" : { fields };
    }
    if (method === "array") {
      const element = expr.arguments[0];
      const inner = element ? this.zodShape(element, depth + 1) : "open";
      return inner === "closed" ? "closed" : { element: inner };
    }
    if (method === "union" || method === "discriminatedUnion") {
      const options = expr.arguments[method === "union" ? 0 : 1];
      if (options && ts.isArrayLiteralExpression(options)) {
        const shapes = options.elements.map((e) => this.zodShape(e, depth + 1));
        if (shapes.every((shape) => shape === "closed")) return "closed";
        // Objects, one per variant (`{ type: "path", path }`, `{ type: "periodic", period: z.enum(…) }`):
        // a field is as open as the most open variant that has it.
        if (shapes.every((shape) => shape === "closed" || (typeof shape === "object" && "fields" in shape))) {
          const fields = new Map<string, ZodShape>();
          for (const shape of shapes) {
            if (shape === "closed" || !("fields" in shape)) continue;
            for (const [name, field] of shape.fields) if (fields.get(name) === undefined || fields.get(name) === "closed") fields.set(name, field);
          }
          return { fields };
        }
      }
      return "open";
    }
    return "open";
  }

  /** The schema a project helper returns (`projectId: () => CommonArgs.objectId("projectId")`), read as zod's. */
  private returnedSchemaShape(call: ts.CallExpression, depth: number): ZodShape | undefined {
    const fns = this.evaluate(call.expression).functions;
    const fn = fns.length === 1 ? fns[0] : undefined;
    const body = fn && "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
    if (!body) return undefined;
    const returned = ts.isBlock(body) ? body.statements.filter(ts.isReturnStatement) : [];
    const expression = ts.isBlock(body) ? (returned.length === 1 ? returned[0]!.expression : undefined) : (body as ts.Expression);
    return expression ? this.zodShape(expression, depth + 1) : undefined;
  }

  /** Valibot's functional schemas (`v.object({ table: v.string() })`, `v.optional(…)`, `v.pipe(v.string(), v.regex(/^…$/))`), read as zod's. */
  private valibotShape(expr: ts.Expression, depth: number): ZodShape | undefined {
    if (!ts.isCallExpression(expr)) return undefined;
    const callee = expr.expression;
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
    const root = ts.isPropertyAccessExpression(callee) ? callee.expression : callee;
    if (!name || !ts.isIdentifier(root) || !this.evaluate(root).refs.some((r) => this.catalogue.valibotModules.has(r.module))) return undefined;
    const [first] = expr.arguments;
    const inner = (): ZodShape => (first ? this.zodShape(first, depth + 1) : "open");
    if (["optional", "nullable", "nullish", "undefinedable", "exactOptional", "fallback"].includes(name)) return inner();
    if (name === "pipe") {
      // A later action that pins the value (`v.picklist` inside, `v.regex(/^[a-z]+$/)`, `v.uuid()`) closes it.
      const actions = expr.arguments.slice(1);
      const pins = actions.some((a) => ts.isCallExpression(a) && ((ts.isPropertyAccessExpression(a.expression) && (this.catalogue.closedZodStringRefinements.has(a.expression.name.text) || (a.expression.name.text === "regex" && a.arguments[0] !== undefined && ts.isRegularExpressionLiteral(a.arguments[0]) && /^\/\^.*\$\/[a-z]*$/.test(a.arguments[0].text) && !/(^|[^\\])\.|\[\^/.test(a.arguments[0].text))))));
      return pins ? "closed" : inner();
    }
    if (["picklist", "literal", "number", "boolean", "bigint", "date", "enum", "enum_", "integer"].includes(name)) return "closed";
    if (["object", "strictObject", "looseObject", "objectWithRest"].includes(name)) {
      const shapeArg = first && this.definitionOf(first);
      if (!shapeArg || !ts.isObjectLiteralExpression(shapeArg)) return "open";
      const fields = new Map<string, ZodShape>();
      for (const property of shapeArg.properties) {
        if (ts.isPropertyAssignment(property)) fields.set(propertyNameText(property.name) ?? "", this.zodShape(property.initializer, depth + 1));
      }
      return [...fields.values()].every((f) => f === "closed") ? "closed" : { fields };
    }
    if (name === "array") {
      const element = inner();
      return element === "closed" ? "closed" : { element };
    }
    return "open";
  }

  /**
   * TypeBox's schema builders (`Type.Object({ path: Type.String() })`, `Type.Optional(…)`,
   * `Type.Union([Type.Literal("a"), …])`), read as zod's. A string is closed by an anchored
   * `pattern` without a wildcard, or by a `format` that pins it.
   */
  private typeboxShape(expr: ts.Expression, depth: number): ZodShape | undefined {
    if (!ts.isCallExpression(expr) || !ts.isPropertyAccessExpression(expr.expression)) return undefined;
    const root = expr.expression.expression;
    if (!ts.isIdentifier(root) || !this.evaluate(root).refs.some((r) => this.catalogue.typeboxModules.has(r.module))) return undefined;
    const name = expr.expression.name.text;
    const [first] = expr.arguments;
    if (["Optional", "Readonly", "ReadonlyOptional"].includes(name)) return first ? this.zodShape(first, depth + 1) : "open";
    if (["Literal", "Number", "Integer", "Boolean", "BigInt", "Date", "Null", "Undefined", "Enum", "KeyOf"].includes(name)) return "closed";
    if (name === "String") {
      const options = first && this.definitionOf(first);
      if (!options || !ts.isObjectLiteralExpression(options)) return "open";
      const option = (key: string): ts.Expression | undefined => options.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyNameText(p.name) === key)?.initializer;
      const pattern = option("pattern");
      const format = option("format");
      if (pattern && ts.isStringLiteralLike(pattern) && isClosedPattern(`/${pattern.text}/`)) return "closed";
      return format && ts.isStringLiteralLike(format) && this.catalogue.closedZodStringRefinements.has(format.text.replace("-", "")) ? "closed" : "open";
    }
    if (name === "Object") {
      const shapeArg = first && this.definitionOf(first);
      if (!shapeArg || !ts.isObjectLiteralExpression(shapeArg)) return "open";
      const fields = new Map<string, ZodShape>();
      for (const property of shapeArg.properties) {
        if (ts.isPropertyAssignment(property)) fields.set(propertyNameText(property.name) ?? "", this.zodShape(property.initializer, depth + 1));
      }
      return [...fields.values()].every((f) => f === "closed") ? "closed" : { fields };
    }
    if (name === "Array") {
      const element = first ? this.zodShape(first, depth + 1) : "open";
      return element === "closed" ? "closed" : { element };
    }
    if (name === "Union" && first && ts.isArrayLiteralExpression(first)) return first.elements.every((e) => this.zodShape(e, depth + 1) === "closed") ? "closed" : "open";
    return "open";
  }

  // ── helpers ──────────────────────────────────────────────────────────────────────────────

  private access(facts: readonly Fact[], access: Access): Fact[] {
    return facts.length === 0 ? [] : accessFacts(facts, access, this.catalogue.metadataFields);
  }

  /** Module specifiers a file imports or requires at its top level. */
  private importedModules(file: ts.SourceFile): Set<string> {
    let modules = this.importsByFile.get(file);
    if (modules) return modules;
    modules = new Set();
    for (const statement of file.statements) {
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) modules.add(statement.moduleSpecifier.text);
      else if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) {
          const init = d.initializer;
          if (init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === "require" && init.arguments[0] && ts.isStringLiteralLike(init.arguments[0])) modules.add(init.arguments[0].text);
        }
      }
    }
    this.importsByFile.set(file, modules);
    return modules;
  }

  private kindsOfRef(ref: ImportRef): KindPath[] {
    return this.catalogue.kindOrigins.filter((o) => o.how === "value" && refNames(ref, o.module, o.exportName)).map((o) => ({ kind: o.kind, path: [] }));
  }
}

/** Where a type is declared: a file and the name it has there. */
export interface TypeHome {
  readonly file: string;
  readonly name: string;
}

/** Wrappers that return the component or callback they are given, so it keeps the variable's name. */
const componentWrapperNames = new Set(["memo", "forwardRef", "useCallback", "observer"]);
/** The marker of a state store's hook in a value's refs (no module has this name). */
const storeModule = "<state-store>";
/** How many parameters deep the objects callers pass are looked up. */
const maxInjectionDepth = 3;
const zodParseMethods = new Set(["parse", "safeParse", "parseAsync", "safeParseAsync"]);

export type ZodShape = "closed" | "open" | { readonly fields: ReadonlyMap<string, ZodShape> } | { readonly element: ZodShape };

function zodToShape(zod: ZodShape): Shape {
  if (zod === "open") return "data";
  if (zod === "closed") return objectWithFields(new Map());
  if ("fields" in zod) {
    const fields = new Map<string, Shape>();
    for (const [name, field] of zod.fields) if (field !== "closed") fields.set(name, zodToShape(field));
    return objectWithFields(fields);
  }
  return zod.element === "closed" ? arrayOf(objectWithFields(new Map())) : arrayOf(zodToShape(zod.element));
}

/** `import x from "m"; x.a.b` and `import { a } from "m"; a.b` name the same thing. */
export function normalizeRef(ref: ImportRef): ImportRef {
  if (ref.module === "<global>" && (ref.exportName === "window" || ref.exportName === "globalThis" || ref.exportName === "self") && ref.members.length > 0) {
    return { module: "<global>", exportName: ref.members[0] ?? "", members: ref.members.slice(1) };
  }
  return ref;
}

function refVariants(ref: ImportRef): ImportRef[] {
  const normalized = normalizeRef(ref);
  const variants = [normalized];
  if ((normalized.exportName === "default" || normalized.exportName === "*") && normalized.members.length > 0) {
    variants.push({ module: normalized.module, exportName: normalized.members[0] ?? "", members: normalized.members.slice(1) });
  }
  if (normalized.exportName === "*" && normalized.members.length === 0) variants.push({ ...normalized, exportName: "default" });
  return variants;
}

/** Whether a reference names `module`'s export (and its member), however it was imported. */
export function refNames(ref: ImportRef, module: string, exportName: string, member?: string): boolean {
  return refVariants(ref).some((v) => v.module === module && v.exportName === exportName && (member === undefined ? v.members.length === 0 : v.members.length === 1 && v.members[0] === member));
}

/** Whether a call's callee is the one a catalogue entry describes. */
const stateGraphFiles = new WeakMap<ts.SourceFile, boolean>();

/** Whether a file builds a state graph at all: asked for every parameter, so read once per file. */
function mentionsStateGraph(sourceFile: ts.SourceFile): boolean {
  let mentions = stateGraphFiles.get(sourceFile);
  if (mentions === undefined) stateGraphFiles.set(sourceFile, (mentions = /StateGraph/.test(sourceFile.text)));
  return mentions;
}

function isProcessEnv(ref: ImportRef): boolean {
  return ref.module === "<global>" && ref.exportName === "process" && ref.members.length === 1 && ref.members[0] === "env";
}

export function calleeMatches(match: import("../catalogue").CalleeMatch, node: ts.CallExpression | ts.NewExpression, callee: Value, definitionOf?: (expression: ts.Expression) => ts.Expression): boolean {
  if ("global" in match) {
    return callee.refs.some((ref) => {
      const n = normalizeRef(ref);
      if (n.module !== "<global>") return false;
      return match.receiver ? n.exportName === match.receiver && n.members.length === 1 && n.members[0] === match.global : n.exportName === match.global && n.members.length === 0;
    });
  }
  if ("instanceMethod" in match) {
    return callee.refs.some((ref) => {
      const members = ref.members;
      const n = members.length;
      if (!match.modules.includes(ref.module) || n < 2 || members[n - 1] !== match.instanceMethod || members[n - 2] !== "()") return false;
      const className = n >= 3 ? members[n - 3] : ref.exportName;
      return className !== undefined && match.instanceOf.includes(className);
    });
  }
  if ("modules" in match) {
    return callee.refs.some((ref) =>
      refVariants(ref).some((v) => match.modules.includes(v.module) && v.exportName === match.exportName && (match.member === undefined ? v.members.length === 0 : v.members.length === 1 && v.members[0] === match.member)),
    );
  }
  const expression = node.expression;
  if (!ts.isPropertyAccessExpression(expression) || expression.name.text !== match.method) return false;
  if (match.receiverCallee) {
    // `$("#out").html(x)`, `$(el).find(".msg").html(x)`, or a selection held in a constant: `const mesText = $(…); mesText.html(x)`.
    let receiver: ts.Expression = expression.expression;
    for (let hops = 0; hops < 8; hops++) {
      while (ts.isCallExpression(receiver) && ts.isPropertyAccessExpression(receiver.expression)) receiver = receiver.expression.expression;
      const defined = ts.isIdentifier(receiver) && definitionOf ? definitionOf(receiver) : receiver;
      if (defined === receiver) break;
      receiver = defined;
    }
    const root = ts.isCallExpression(receiver) ? receiver.expression : receiver;
    return ts.isIdentifier(root) && match.receiverCallee.includes(root.text);
  }
  if (match.receiverProperties) {
    // `iframe.contentDocument.write(…)`, or through a constant: `const doc = iframe.contentDocument; doc.write(…)`.
    let receiver = definitionOf ? definitionOf(expression.expression) : expression.expression;
    while (ts.isNonNullExpression(receiver) || ts.isParenthesizedExpression(receiver)) receiver = receiver.expression;
    return ts.isPropertyAccessExpression(receiver) && match.receiverProperties.includes(receiver.name.text);
  }
  if (match.kinds) return callee.kinds.some((k) => match.kinds?.includes(k.kind) && k.path.length === 1 && k.path[0] === match.method);
  return true;
}

/** `a.b.chat.completions.create` → ["a", "b", "chat", "completions", "create"] (without the root when it is not a name). */
/** The receiver `depth` members up a call's callee: `client` for `client.chat.completions.create` at depth 3. */
function receiverAt(callee: ts.PropertyAccessExpression, depth: number): ts.Expression {
  let current: ts.Expression = callee;
  for (let i = 0; i < depth && ts.isPropertyAccessExpression(current); i++) current = current.expression;
  return current;
}

function memberChain(expression: ts.PropertyAccessExpression): string[] {
  const names: string[] = [];
  let current: ts.Expression = expression;
  while (ts.isPropertyAccessExpression(current)) {
    names.unshift(current.name.text);
    current = current.expression;
  }
  return names;
}

function pathMatches(pattern: readonly string[], path: readonly string[]): boolean {
  if (pattern.length === 1 && pattern[0] === "*") return path.length === 1;
  return pattern.length === path.length && pattern.every((p, i) => p === path[i]);
}

/** A global regex literal matching every character outside a class of letters, digits, `_` and `-`: `/[^a-z0-9_-]/g`. */
function keepsOnlyWordCharacters(pattern: ts.Expression | undefined): boolean {
  if (!pattern || !ts.isRegularExpressionLiteral(pattern)) return false;
  const match = /^\/\[\^([^\]]*)\]\+?\/([a-z]*)$/.exec(pattern.text);
  if (!match?.[2]?.includes("g")) return false;
  return /^(a-z|A-Z|0-9|\\w|_|-|\\-)+$/.test(match[1] ?? "");
}

/** A global pattern that matches every `/` (and `\\` where it names one): `/[\/\\]/g`, `/\//g`, `/[/\\:]/g`. */
function removesPathSeparators(pattern: ts.Expression | undefined): boolean {
  if (!pattern || !ts.isRegularExpressionLiteral(pattern)) return false;
  const match = /^\/(.*)\/([a-z]*)$/.exec(pattern.text);
  if (!match?.[2]?.includes("g") || match[1] === undefined) return false;
  const body = match[1];
  const klass = /^\[([^\]^]*)\]$/.exec(body);
  const members = klass ? klass[1] ?? "" : body;
  return klass ? members.includes("/") : body === "\\/";
}

/** Facts as elements of an array: a source's shape becomes an array of it; a parameter's value will be wrapped once known. */
/** The list an element is taken from: `list` of `list.find(…)`, `list[i]`, `list.at(-1)`, `list.filter(…)[0]` (through `!` and casts). */
function elementSource(expression: ts.Expression): ts.Expression | undefined {
  let expr = expression;
  while (ts.isNonNullExpression(expr) || ts.isAsExpression(expr) || ts.isParenthesizedExpression(expr) || ts.isAwaitExpression(expr)) expr = expr.expression;
  if (ts.isElementAccessExpression(expr)) {
    if (ts.isStringLiteralLike(expr.argumentExpression)) return undefined;
    const inner = expr.expression;
    if (ts.isCallExpression(inner) && ts.isPropertyAccessExpression(inner.expression) && inner.expression.name.text === "filter") return inner.expression.expression;
    return inner;
  }
  if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && ["find", "findLast", "at"].includes(expr.expression.name.text)) return expr.expression.expression;
  return undefined;
}

function arrayFacts(facts: readonly Fact[]): Fact[] {
  return facts.map((f) => (f.origin.kind === "source" ? { ...f, shape: arrayOf(f.shape) } : { ...f, accesses: [...f.accesses, { op: "wrap", name: "[]" }] }));
}

/** Whether a function's body calls a parameter of the function around it (`baseFetch(url, options)`). */
function callsParameter(closure: ts.SignatureDeclaration, parameter: ts.ParameterDeclaration, scopes: ScopeResolver): boolean {
  const body = "body" in closure ? (closure.body as ts.Node | undefined) : undefined;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && scopes.resolve(node.expression)?.declaration === parameter) found = true;
    ts.forEachChild(node, visit);
  };
  if (body) visit(body);
  return found;
}

function anyFieldFacts(facts: readonly Fact[]): Fact[] {
  return facts.map((f) => (f.origin.kind === "source" ? { ...f, shape: { ...emptyObject, anyField: f.shape } } : { ...f, accesses: [...f.accesses, { op: "wrap", name: anyKey }] }));
}

function wrapFacts(facts: readonly Fact[], wrap: (shape: Shape) => Shape): Fact[] {
  return facts.map((f) => (f.origin.kind === "source" ? { ...f, shape: wrap(f.shape) } : f));
}

function factKey(fact: Fact): string {
  const o = fact.origin;
  return o.kind === "source" ? `${o.category}:${o.file}:${o.start}:${o.label}:${o.field ?? ""}` : `p${o.index}`;
}

export function isAssignmentOperator(kind: ts.SyntaxKind): boolean {
  return kind === ts.SyntaxKind.EqualsToken || kind === ts.SyntaxKind.PlusEqualsToken || kind === ts.SyntaxKind.BarBarEqualsToken || kind === ts.SyntaxKind.QuestionQuestionEqualsToken;
}

/** The steps from the right side of `({ a: { b: name } } = value)` to `name`, if it is assigned there. */
function destructuringPath(pattern: ts.ObjectLiteralExpression | ts.ArrayLiteralExpression, name: string): PatternStep[] | undefined {
  if (ts.isArrayLiteralExpression(pattern)) {
    for (const element of pattern.elements) {
      if (ts.isIdentifier(element) && element.text === name) return [{ kind: "index" }];
      if (ts.isObjectLiteralExpression(element) || ts.isArrayLiteralExpression(element)) {
        const inner = destructuringPath(element, name);
        if (inner) return [{ kind: "index" }, ...inner];
      }
    }
    return undefined;
  }
  for (const property of pattern.properties) {
    if (ts.isShorthandPropertyAssignment(property) && property.name.text === name) return [{ kind: "prop", name }];
    if (ts.isPropertyAssignment(property)) {
      const key = propertyNameText(property.name) ?? "";
      const target = property.initializer;
      if (ts.isIdentifier(target) && target.text === name) return [{ kind: "prop", name: key }];
      if (ts.isObjectLiteralExpression(target) || ts.isArrayLiteralExpression(target)) {
        const inner = destructuringPath(target, name);
        if (inner) return [{ kind: "prop", name: key }, ...inner];
      }
    }
  }
  return undefined;
}

/** A tool's name: `server.tool("name", …)`, `{ name: "…" }` / `{ id: "…" }`, or the key or variable it is registered under. */
/** `x.tool("name", "description", { path: z.string() }, async (args) => …)` in a module that imports zod. */
function mcpToolShape(call: ts.CallExpression, sourceFile: ts.SourceFile, zodModules: ReadonlySet<string>): boolean {
  const args = call.arguments;
  const first = args[0];
  const last = args[args.length - 1];
  if (args.length < 3 || !first || !ts.isStringLiteralLike(first) || !last || !(ts.isArrowFunction(last) || ts.isFunctionExpression(last))) return false;
  if (!loadsModule(sourceFile, [...zodModules])) return false;
  const schema = args[args.length - 2];
  // `tool(name, description, shape, handler)`; `registerTool(name, { inputSchema }, handler)`.
  return schema !== undefined && ts.isObjectLiteralExpression(schema);
}

/**
 * The first check a helper's body refuses a path with (`if (resolved.includes("..")) throw …`, a
 * `startsWith` or `isAbsolute` test in the condition of an `if` that exits), if any. A test that
 * only chooses how to resolve (`isAbsolute(p) ? resolve(p) : join(root, p)`) is no refusal.
 */
function confinementAttempt(fn: ts.SignatureDeclaration): ts.CallExpression | undefined {
  const body = "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
  let found: ts.CallExpression | undefined;
  const refuses = (node: ts.Node): boolean => {
    for (let child: ts.Node = node, parent = node.parent; parent && parent !== body; child = parent, parent = parent.parent) {
      if (ts.isIfStatement(parent)) return parent.expression === child && exitsEarly(parent.thenStatement);
      if (!ts.isExpression(parent)) return false;
    }
    return false;
  };
  const visit = (node: ts.Node): void => {
    if (found || (ts.isFunctionLike(node) && node !== fn)) return;
    if (ts.isCallExpression(node) && refuses(node)) {
      const callee = node.expression;
      const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : "";
      const first = node.arguments[0];
      if ((method === "includes" && first && ts.isStringLiteralLike(first) && first.text.startsWith("..")) || method === "startsWith" || method === "isAbsolute") found = node;
    }
    ts.forEachChild(node, visit);
  };
  if (body) visit(body);
  return found;
}

/** A branch that leaves the function: `throw …`, `return …`, or a block ending in one. */
function exitsEarly(statement: ts.Statement): boolean {
  if (ts.isThrowStatement(statement) || ts.isReturnStatement(statement)) return true;
  if (ts.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1];
    return last !== undefined && exitsEarly(last);
  }
  return false;
}

/** The parameter a function returns as is, from every return: `(definition) => definition`. */
function returnedParameterIndex(fn: ts.SignatureDeclaration): number | undefined {
  const body = "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
  if (!body) return undefined;
  const returned: ts.Node[] = [];
  if (!ts.isBlock(body)) returned.push(body);
  else {
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
      if (ts.isReturnStatement(node)) returned.push(node.expression ?? node);
      else ts.forEachChild(node, visit);
    };
    ts.forEachChild(body, visit);
  }
  const names = new Set(returned.map((e) => (ts.isIdentifier(e) ? e.text : undefined)));
  const [name] = names;
  if (names.size !== 1 || name === undefined) return undefined;
  const index = fn.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === name);
  return index >= 0 ? index : undefined;
}

/** `server.setRequestHandler(CallToolRequestSchema, handler)` */
function isCallToolHandlerRegistration(call: ts.CallExpression): boolean {
  const schema = call.arguments[0];
  return ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === "setRequestHandler" && schema !== undefined && ts.isIdentifier(schema) && schema.text === "CallToolRequestSchema";
}

export function toolName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const first = call.arguments?.[0];
  const firstText = first && constantText(first);
  if (firstText !== undefined) return firstText;
  for (const arg of call.arguments ?? []) {
    if (!ts.isObjectLiteralExpression(arg)) continue;
    for (const property of arg.properties) {
      const key = property.name ? propertyNameText(property.name) : undefined;
      if (key !== "name" && key !== "id") continue;
      const text = ts.isPropertyAssignment(property) ? constantText(property.initializer) : ts.isShorthandPropertyAssignment(property) ? constantText(property.name) : undefined;
      if (text !== undefined) return text;
    }
  }
  const parent = call.parent;
  if (ts.isPropertyAssignment(parent)) return propertyNameText(parent.name);
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return undefined;
}

/**
 * A string literal, or a `const` of the same file initialized with one (`const name = "search";
 * server.registerTool(name, …)`), found by name without a checker: used only for display.
 */
function constantText(expression: ts.Expression): string | undefined {
  if (ts.isStringLiteralLike(expression)) return expression.text;
  if (!ts.isIdentifier(expression)) return undefined;
  const name = expression.text;
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclarationList(node) && node.flags & ts.NodeFlags.Const) {
      for (const declaration of node.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === name && declaration.initializer && ts.isStringLiteralLike(declaration.initializer)) found.add(declaration.initializer.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(expression.getSourceFile());
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The value a use of `x` certainly sees, from the assignments just before it: the nearest earlier
 * statement of an enclosing block that writes `x`, when that is `x = value;`, or an `if` whose
 * branches end in such assignments (each branch that does not write `x` keeps what came before).
 * Anything less certain (a write in a loop that may come round again, a closure, a nested
 * branch) gives undefined, and the use sees every value `x` is ever given.
 */
function reachingValue(reference: ts.Identifier, binding: Binding, refersTo: (identifier: ts.Identifier) => boolean, evaluate: (expression: ts.Expression) => Value): Value | undefined {
  const parent = reference.parent;
  if (ts.isBinaryExpression(parent) && parent.left === reference && isAssignmentOperator(parent.operatorToken.kind)) return undefined;
  const writesBinding = (left: ts.Expression): boolean => {
    if (ts.isIdentifier(left)) return left.text === binding.name && refersTo(left);
    if (ts.isObjectLiteralExpression(left) || ts.isArrayLiteralExpression(left)) return left.getText().includes(binding.name);
    return false;
  };
  const writes = (node: ts.Node): boolean => {
    let found = false;
    const visit = (n: ts.Node): void => {
      if (found) return;
      if (ts.isBinaryExpression(n) && isAssignmentOperator(n.operatorToken.kind) && writesBinding(n.left)) found = true;
      else if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && ts.isIdentifier(n.operand) && n.operand.text === binding.name && refersTo(n.operand)) found = true;
      else ts.forEachChild(n, visit);
    };
    visit(node);
    return found;
  };
  const plainAssignment = (statement: ts.Statement): ts.Expression | undefined => {
    const expression = ts.isExpressionStatement(statement) ? statement.expression : undefined;
    return expression && ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(expression.left) && writesBinding(expression.left) && !writes(expression.right) ? expression.right : undefined;
  };
  /**
   * A loop (or `list.forEach(…)`) whose every write is `x = x.replace(…)`: x after it is x before it,
   * transformed; what the calls add is their arguments. The arguments, or undefined when some write is another kind.
   */
  const selfTransforms = (statement: ts.Statement): ts.Expression[] | undefined => {
    const looping = ts.isIterationStatement(statement, false) || (ts.isExpressionStatement(statement) && ts.isCallExpression(statement.expression) && statement.expression.arguments.some((a) => ts.isArrowFunction(a) || ts.isFunctionExpression(a)));
    if (!looping) return undefined;
    const added: ts.Expression[] = [];
    let other = false;
    const visit = (n: ts.Node): void => {
      if (other) return;
      const written = (ts.isBinaryExpression(n) && isAssignmentOperator(n.operatorToken.kind) && writesBinding(n.left)) || ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && ts.isIdentifier(n.operand) && n.operand.text === binding.name && refersTo(n.operand));
      if (!written) return ts.forEachChild(n, visit);
      const right = ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken ? n.right : undefined;
      let root: ts.Expression | undefined = right;
      while (root && ts.isCallExpression(root) && ts.isPropertyAccessExpression(root.expression)) {
        added.push(...root.arguments.filter((a): a is ts.Expression => !ts.isSpreadElement(a)));
        root = root.expression.expression;
      }
      if (!right || right === root || !root || !ts.isIdentifier(root) || !writesBinding(root)) other = true;
    };
    ts.forEachChild(statement, visit);
    return other ? undefined : added;
  };
  /** What a branch leaves in `x`: "unchanged", a value, or undefined when it cannot tell. */
  const branchValue = (branch: ts.Statement | undefined): Value | "unchanged" | undefined => {
    if (!branch || !writes(branch)) return "unchanged";
    const statements = ts.isBlock(branch) ? [...branch.statements] : [branch];
    const last = [...statements].reverse().find((st) => writes(st));
    const right = last && plainAssignment(last);
    return right ? evaluate(right) : undefined;
  };
  // What `x` holds just before statements[index], looking back in this list and then outwards.
  const before = (statements: readonly ts.Statement[], index: number, ascend: () => Value | undefined): Value | undefined => {
    for (let i = index - 1; i >= 0; i--) {
      const statement = statements[i] as ts.Statement;
      // The declaration itself: what x holds there is its whole value (initializer, type, pushes).
      if (ts.isVariableStatement(statement) && statement.declarationList.declarations.some((d) => d === binding.declaration)) return undefined;
      if (!writes(statement)) continue;
      const right = plainAssignment(statement);
      if (right) return evaluate(right);
      const transformed = selfTransforms(statement);
      if (transformed) {
        const earlier = before(statements, i, ascend);
        return earlier === undefined ? undefined : join(earlier, ...transformed.map(evaluate));
      }
      if (!ts.isIfStatement(statement) || writes(statement.expression)) return undefined;
      const whenTrue = branchValue(statement.thenStatement);
      // `if (typeof DOMPurify !== "undefined") html = DOMPurify.sanitize(html)`: a check that a library the
      // page loads is there; the branch runs.
      if (whenTrue !== undefined && whenTrue !== "unchanged" && !statement.elseStatement && isPresenceCheck(statement.expression)) return whenTrue;
      const whenFalse = branchValue(statement.elseStatement);
      if (whenTrue === undefined || whenFalse === undefined) return undefined;
      const earlier = whenTrue === "unchanged" || whenFalse === "unchanged" ? before(statements, i, ascend) : emptyValue;
      if (earlier === undefined) return undefined;
      return join(whenTrue === "unchanged" ? earlier : whenTrue, whenFalse === "unchanged" ? earlier : whenFalse);
    }
    return ascend();
  };
  const climb = (child: ts.Node): Value | undefined => {
    for (let node: ts.Node | undefined = child.parent; node; child = node, node = node.parent) {
      if (ts.isFunctionLike(node) || ts.isClassLike(node)) return undefined;
      if (ts.isIterationStatement(node, false) && writes(node)) return undefined;
      if (ts.isBlock(node) || ts.isSourceFile(node) || ts.isModuleBlock(node)) {
        const list = node.statements;
        const from = node;
        return before(list, list.indexOf(child as ts.Statement), () => (from === binding.scope || (ts.isFunctionLike(from.parent) && from.parent === binding.scope) ? undefined : climb(from)));
      }
      if (ts.isCaseClause(node) || ts.isDefaultClause(node)) {
        const list = node.statements;
        // A write in an earlier clause may fall through: only this clause's own statements count.
        return before(list, list.indexOf(child as ts.Statement), () => undefined);
      }
      if (node === binding.scope) return undefined;
    }
    return undefined;
  };
  return climb(reference);
}

const primitiveTypes = new Set([ts.SyntaxKind.StringKeyword, ts.SyntaxKind.NumberKeyword, ts.SyntaxKind.BooleanKeyword, ts.SyntaxKind.BigIntKeyword, ts.SyntaxKind.SymbolKeyword, ts.SyntaxKind.LiteralType]);
const receiverUse = new WeakMap<ts.ParameterDeclaration, boolean>();

/**
 * Whether a parameter may hold a service, a client or a callback that matters: not typed as text
 * or a number, and called (`fn()`), used as the receiver of a call (`service.getFile(…)`) or
 * stored on `this`. Looking up
 * what callers pass costs a search of the importers, so other parameters are spared it.
 */
/** Whether a parameter's declared type gives `member` a function type (`onDownloadProgress?: (e) => void`), in a type literal or a type of the same file. */
function declaresFunctionMember(declaration: ts.ParameterDeclaration, member: string): boolean {
  let type = declaration.type;
  if (type && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
    const name = type.typeName.text;
    const named = declaration.getSourceFile().statements.find((s): s is ts.InterfaceDeclaration | ts.TypeAliasDeclaration => (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name.text === name);
    if (named && ts.isInterfaceDeclaration(named)) return named.members.some((m) => ts.isPropertySignature(m) && m.name !== undefined && propertyNameText(m.name) === member && m.type !== undefined && isFunctionType(m.type));
    type = named && ts.isTypeAliasDeclaration(named) ? named.type : undefined;
  }
  if (!type || !ts.isTypeLiteralNode(type)) return false;
  return type.members.some((m) => (ts.isMethodSignature(m) || (ts.isPropertySignature(m) && m.type !== undefined && isFunctionType(m.type))) && m.name !== undefined && propertyNameText(m.name) === member);
}

function isFunctionType(type: ts.TypeNode): boolean {
  if (ts.isFunctionTypeNode(type)) return true;
  if (ts.isParenthesizedTypeNode(type)) return isFunctionType(type.type);
  return ts.isUnionTypeNode(type) && type.types.some(isFunctionType);
}

function mayReceiveObject(fn: ts.SignatureDeclaration, declaration: ts.ParameterDeclaration): boolean {
  const known = receiverUse.get(declaration);
  if (known !== undefined) return known;
  const type = declaration.type;
  const primitive = (t: ts.TypeNode): boolean => primitiveTypes.has(t.kind) || (ts.isArrayTypeNode(t) && primitive(t.elementType)) || (ts.isUnionTypeNode(t) && t.types.every(primitive));
  let result = false;
  const body = "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
  if (body && !(type && primitive(type))) {
    const names = new Set<string>();
    const collect = (name: ts.BindingName): void => {
      if (ts.isIdentifier(name)) names.add(name.text);
      else for (const element of name.elements) if (!ts.isOmittedExpression(element)) collect(element.name);
    };
    collect(declaration.name);
    const visit = (node: ts.Node): void => {
      if (result) return;
      // `fn()`: a callback whose functions the callers supply (`retryWithBackoff(() => ask())`).
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && names.has(node.expression.text)) result = true;
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        let receiver: ts.Expression = node.expression.expression;
        while (ts.isPropertyAccessExpression(receiver)) receiver = receiver.expression;
        if (ts.isIdentifier(receiver) && names.has(receiver.text)) result = true;
      }
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && node.left.expression.kind === ts.SyntaxKind.ThisKeyword && ts.isIdentifier(node.right) && names.has(node.right.text)) result = true;
      // A callback handed on in the options of another call (`post({ url, onDownloadProgress })`,
      // `{ onDownloadProgress: params.onDownloadProgress }`), declared with a function type.
      if (ts.isObjectLiteralExpression(node) && ts.isCallExpression(node.parent) && node.parent.arguments.includes(node)) {
        for (const property of node.properties) {
          const value = ts.isShorthandPropertyAssignment(property) ? property.name : ts.isPropertyAssignment(property) ? property.initializer : undefined;
          if (!value) continue;
          const member = ts.isIdentifier(value) ? value.text : ts.isPropertyAccessExpression(value) && ts.isIdentifier(value.expression) && names.has(value.expression.text) ? value.name.text : undefined;
          const root = ts.isIdentifier(value) ? value.text : ts.isPropertyAccessExpression(value) && ts.isIdentifier(value.expression) ? value.expression.text : undefined;
          if (member && root && names.has(root) && declaresFunctionMember(declaration, member)) result = true;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(body);
  }
  receiverUse.set(declaration, result);
  return result;
}

/**
 * A path answers with model output when a segment names a chat action and what follows it only
 * says how (`/api/chat`, `/chat/…/stream`, `/v1/chat/completions`), not which resource
 * (`/api/agents/personas`, `/workspace/…/chat-history`).
 */
function isChatPath(path: string, word: RegExp, tail: RegExp, rejects: RegExp, reportRoots: RegExp): boolean {
  const segments = path.split("/").filter((s) => s !== "" && s !== "…" && !/^\d+$/.test(s));
  if (segments.some((segment) => reportRoots.test(segment))) return false;
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i] ?? "";
    if (!word.test(segment)) continue;
    if (rejects.test(segment)) return false;
    return segments.slice(i + 1).every((rest) => tail.test(rest));
  }
  return false;
}

/**
 * What a library call or constructor built: marked with a `()` member, which names no export, so
 * it matches no sink or source of the module while its methods still pass their input through.
 */
function builtBy(refs: readonly ImportRef[]): ImportRef[] {
  return refs.map((ref) => ({ ...ref, members: [...ref.members, "()"] }));
}

export function functionName(fn: ts.SignatureDeclaration): string | undefined {
  if (fn.name && (ts.isIdentifier(fn.name) || ts.isStringLiteral(fn.name) || ts.isPrivateIdentifier(fn.name))) return fn.name.text;
  const parent = fn.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyAssignment(parent)) return propertyNameText(parent.name);
  // `build = (options) => …` as a class field: called as `this.build(…)` or `instance.build(…)`.
  if (ts.isPropertyDeclaration(parent) && parent.initializer === fn && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isConstructorDeclaration(fn) && ts.isClassLike(fn.parent) && fn.parent.name) return fn.parent.name.text;
  // `const Reply = memo((props) => …)`: a component wrapper's function is called by the name it is stored under.
  if (ts.isCallExpression(parent) && ts.isVariableDeclaration(parent.parent) && ts.isIdentifier(parent.parent.name) && componentWrapperNames.has(calleeText(parent.expression).split(".").pop() ?? "")) return parent.parent.name.text;
  // `export default forwardRef(function (props, ref) { … })`: importers call it by the name they give it.
  if (isDefaultExport(fn)) return "default";
  return undefined;
}

/** `md.use(plugin)` anywhere in the module of the instance `md`. */
function usesPlugins(instance: ts.Identifier, scopes: ScopeResolver): boolean {
  const sourceFile = instance.getSourceFile();
  if (!sourceFile.text.includes(".use(")) return false;
  const declaration = scopes.resolve(instance)?.declaration;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "use" && ts.isIdentifier(node.expression.expression) && scopes.resolve(node.expression.expression)?.declaration === declaration) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** `Marked.setOptions({ sanitize: true })` in the module of a `Marked.parse(…)` call, on the same receiver. */
/**
 * `mermaid.initialize({ securityLevel: "loose" })` anywhere in the module (also inside an effect):
 * the option set to one of the unsafe values, or to a value llmsec cannot read.
 */
function configuresUnsafely(sourceFile: ts.SourceFile, configured: { readonly method: string; readonly option: string; readonly unsafe: readonly string[] }): boolean {
  if (!sourceFile.text.includes(configured.option)) return false;
  let unsafe = false;
  const visit = (node: ts.Node): void => {
    if (unsafe) return;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === configured.method) {
      const options = node.arguments[0];
      const property = options && ts.isObjectLiteralExpression(options) ? options.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyNameText(p.name) === configured.option) : undefined;
      if (property && (!ts.isStringLiteralLike(property.initializer) || configured.unsafe.includes(property.initializer.text))) unsafe = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return unsafe;
}

function configuresOption(call: ts.CallExpression, configuredBy: { readonly method: string; readonly option: string }, scopes: ScopeResolver): boolean {
  const receiver = ts.isPropertyAccessExpression(call.expression) ? call.expression.expression : undefined;
  const sourceFile = call.getSourceFile();
  if (!receiver || !sourceFile.text.includes(configuredBy.method)) return false;
  const sameReceiver = (other: ts.Expression): boolean =>
    ts.isIdentifier(receiver) && ts.isIdentifier(other) ? scopes.resolve(receiver)?.declaration === scopes.resolve(other)?.declaration : other.getText(sourceFile) === receiver.getText(sourceFile);
  return sourceFile.statements.some((statement) => {
    const expr = ts.isExpressionStatement(statement) ? statement.expression : undefined;
    if (!expr || !ts.isCallExpression(expr) || !ts.isPropertyAccessExpression(expr.expression) || expr.expression.name.text !== configuredBy.method) return false;
    if (!sameReceiver(expr.expression.expression)) return false;
    const options = expr.arguments[0];
    return options !== undefined && ts.isObjectLiteralExpression(options) && options.properties.some((p) => ts.isPropertyAssignment(p) && propertyNameText(p.name) === configuredBy.option && p.initializer.kind === ts.SyntaxKind.TrueKeyword);
  });
}

/**
 * The object literal whose method `node` is in, when `this` there is that object: a method or a
 * `function` property (arrows take `this` from outside), with no class or other function between.
 */
function objectLiteralOfMethod(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  let fn: ts.Node | undefined = node.parent;
  while (fn && !(ts.isFunctionLike(fn) && !ts.isArrowFunction(fn)) && !ts.isClassLike(fn)) fn = fn.parent;
  if (!fn || ts.isClassLike(fn)) return undefined;
  if (ts.isMethodDeclaration(fn) && ts.isObjectLiteralExpression(fn.parent)) return fn.parent;
  if (ts.isFunctionExpression(fn) && ts.isPropertyAssignment(fn.parent) && ts.isObjectLiteralExpression(fn.parent.parent)) return fn.parent.parent;
  return undefined;
}

/** The module's default export: `export default function …`, `export default (…) => …`, `export default memo(…)`. */
export function isDefaultExport(fn: ts.SignatureDeclaration): boolean {
  if (ts.isFunctionDeclaration(fn)) return (fn.modifiers ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
  const self = outermostTypeWrapper(fn);
  const parent = self.parent;
  if (parent && ts.isExportAssignment(parent)) return true;
  const wrapper = parent && ts.isCallExpression(parent) && componentWrapperNames.has(calleeText(parent.expression).split(".").pop() ?? "") ? outermostTypeWrapper(parent) : undefined;
  return wrapper?.parent !== undefined && ts.isExportAssignment(wrapper.parent);
}

/** `new Map()` / `new Map<K, V>(entries)` of the global `Map`. */
/** The capture groups of a regular expression literal (`/(a)(?:b)(c)/` → 2), or undefined for any other pattern. */
function captureGroupCount(pattern: ts.Expression | undefined): number | undefined {
  if (!pattern || !ts.isRegularExpressionLiteral(pattern)) return undefined;
  const source = pattern.text.slice(1, pattern.text.lastIndexOf("/"));
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    else if (c === "(" && !inClass && (source[i + 1] !== "?" || source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!")) count++;
  }
  return count;
}

function isNewMap(expression: ts.Expression, scopes: ScopeResolver): boolean {
  return ts.isNewExpression(expression) && ts.isIdentifier(expression.expression) && expression.expression.text === "Map" && !scopes.resolve(expression.expression);
}

/**
 * The parameter a higher-order helper calls from the function it returns, and whose result that
 * function returns: `(fn, ctx) => (...args) => { try { return fn(...args) } catch … }` → 0.
 */
function forwardedCallbackIndex(wrapper: ts.SignatureDeclaration): number | undefined {
  const body = "body" in wrapper ? (wrapper.body as ts.Node | undefined) : undefined;
  if (!body) return undefined;
  const returned: ts.Node[] = [];
  if (!ts.isBlock(body)) returned.push(body);
  else
    for (const statement of body.statements) {
      if (ts.isReturnStatement(statement) && statement.expression) returned.push(statement.expression);
    }
  const parameters = wrapper.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : undefined));
  for (const expression of returned) {
    let inner = expression;
    while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
    if (!ts.isArrowFunction(inner) && !ts.isFunctionExpression(inner)) continue;
    let found: number | undefined;
    const visit = (n: ts.Node): void => {
      if (found !== undefined || (ts.isFunctionLike(n) && n !== inner)) return;
      if (ts.isReturnStatement(n) || (n === inner.body && !ts.isBlock(inner.body))) {
        let call = ts.isReturnStatement(n) ? n.expression : (n as ts.Expression);
        while (call && (ts.isAwaitExpression(call) || ts.isParenthesizedExpression(call))) call = call.expression;
        if (call && ts.isCallExpression(call) && ts.isIdentifier(call.expression)) {
          const index = parameters.indexOf(call.expression.text);
          if (index >= 0) found = index;
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(inner.body);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Whether a file imports or `require`s one of the modules (CommonJS servers load the SDK with `require`). */
function loadsModule(sourceFile: ts.SourceFile, modules: readonly string[]): boolean {
  if (sourceFile.statements.some((st) => ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier) && modules.includes(st.moduleSpecifier.text))) return true;
  const text = sourceFile.text;
  return text.includes("require(") && modules.some((m) => text.includes(`require("${m}")`) || text.includes(`require('${m}')`));
}

/** Whether a callback makes a call (a source is always one): `(d) => d.id` makes none. */
function containsCall(body: ts.Node): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || ts.isFunctionLike(node)) return;
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}

function argValue0(evaluator: Evaluator, call: ts.CallExpression): Value {
  const first = call.arguments[0];
  return first ? evaluator.evaluate(first) : emptyValue;
}

function unwrapExpression(expression: ts.Expression): ts.Expression {
  let expr = expression;
  while (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr)) expr = expr.expression;
  return expr;
}

/** A regex literal anchored at both ends with no `.` wildcard and no negated class: what it matches is spelled out. */
function isClosedPattern(literal: string): boolean {
  return /^\/\^.*\$\/[a-z]*$/.test(literal) && !/(^|[^\\])\.|\[\^/.test(literal);
}

/** The values a class gives one of its fields: its initializer and every `this.name = value` in its members. */
function thisFieldValues(access: ts.PropertyAccessExpression): ts.Expression[] {
  const cls = ts.findAncestor(access, ts.isClassLike);
  if (!cls) return [];
  const name = access.name.text;
  const values: ts.Expression[] = [];
  for (const member of cls.members) {
    if (ts.isPropertyDeclaration(member) && member.name && propertyNameText(member.name) === name && member.initializer) values.push(member.initializer);
  }
  const visit = (node: ts.Node): void => {
    if (ts.isClassLike(node) && node !== cls) return;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && node.left.expression.kind === ts.SyntaxKind.ThisKeyword && node.left.name.text === name) values.push(node.right);
    ts.forEachChild(node, visit);
  };
  for (const member of cls.members) visit(member);
  return values;
}

function functionTypeParameters(type: ts.TypeNode): readonly ts.ParameterDeclaration[] | undefined {
  let inner = type;
  while (ts.isParenthesizedTypeNode(inner)) inner = inner.type;
  return ts.isFunctionTypeNode(inner) ? inner.parameters : undefined;
}

/** A function written in place, or its prototype: what `.constructor` of it is (`Function`, `AsyncFunction`). */
function functionPrototypeOf(expression: ts.Expression): boolean {
  let expr = expression;
  while (ts.isParenthesizedExpression(expr)) expr = expr.expression;
  if (ts.isFunctionExpression(expr) || ts.isArrowFunction(expr)) return true;
  return ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && expr.expression.name.text === "getPrototypeOf" && ts.isIdentifier(expr.expression.expression) && expr.expression.expression.text === "Object" && expr.arguments[0] !== undefined && functionPrototypeOf(expr.arguments[0]);
}

