import path from "node:path";
import ts from "typescript";
import type { Catalogue, CallSink, SinkKind } from "../catalogue";
import { calleeMatches, Evaluator, functionName, isAssignmentOperator, isDefaultExport, type CustomSource, type TypeHome } from "./evaluator";
import { jsxImportSourceFor, resolveModule } from "../module-resolution";
import { AtomIndex } from "./atoms";
import { ReduxIndex } from "./redux";
import { RouteIndex } from "./routes";
import { BotHandlerIndex, RouteHandlerIndex } from "./request-input";
import { anyKey, isTextLike, objectWithFields } from "./shape";
import type { ImportGraph } from "./import-graph";
import { ChannelIndex } from "./channels";
import { cataloguedPackages } from "./catalogued-packages";
import { ModuleGraph } from "./modules";
import { analysisNodes } from "./node-index";
import { stagedContents } from "./staged-code";
import { callsThroughTables } from "./handler-tables";
import { ForwardedCallbacks } from "./forwarded-callbacks";
import { ValueStoreIndex } from "./value-stores";
import { conditionsAt, narrowedValues } from "./render-conditions";
import { isOwnText, rawMarkdownRenders, renderedMarkdownOf, sanitizedBeforeRendering, type RawMarkdownRender } from "./markdown-renders";
import { componentModuleOf } from "../source";
import { calleeText, outermostTypeWrapper, propertyNameText, skipTypeWrappers } from "./scope";
import type { Access, Shape } from "./shape";
import { accessFacts, bounded, emptyValue, withStep, type Fact, type SourceOrigin, type Step, type TaintKind, type Value } from "./value";


/** The kinds of taint that sinks report: request input and secrets matter only in prompts. */
const sinkTaintKinds: ReadonlySet<TaintKind> = new Set<TaintKind>(["model", "retrieved"]);
/** A sink at a node: what kind, how to name it, which arguments are dangerous. */
export interface SinkMatch {
  readonly kind: SinkKind;
  readonly label: string;
  readonly arguments: readonly ts.Expression[];
  readonly receiverKind?: string;
  /** A path sink that only reads. */
  readonly reads?: true;
  /** A capability only where a tool's input reaches it. */
  readonly onlyWithInput?: true;
}

/** A path from model output to a dangerous sink. */
/** An HTML sink given rendered Markdown whose text llmsec cannot trace. */
export interface UntracedMarkdownHtml {
  readonly node: ts.Node;
  readonly sinkLabel: string;
  readonly renderer: string;
  readonly text: ts.Expression;
  /** The text was sanitized as HTML before the render, which builds HTML anew from it. */
  readonly sanitizedFirst?: true;
  /** Escaped, but a link's address is the text's own (`href="$2"`). */
  readonly linkAddresses?: true;
}

export interface Flow {
  readonly kind: SinkKind;
  /** The sink as shown in messages: "eval", "child_process.exec", "innerHTML". */
  readonly sinkLabel: string;
  /** The call, assignment or JSX attribute that is the sink. */
  readonly sinkNode: ts.Node;
  /** The expression that carries model output into it. */
  readonly argument: ts.Expression;
  readonly source: SourceOrigin;
  readonly steps: readonly Step[];
  /** The database kind of the receiver, for SQL fixes. */
  readonly receiverKind?: string;
}

const maxCallerDepth = 8;
/** How many imports away from an interface's module its implementing classes are looked for. */
const maxImplementerLevels = 2;
/** How many imports beyond its importers' importers a method's callers are looked for (by the method's name in their text). */
const maxMethodCallerLevels = 3;
/** Fields of a request's options object that say where it goes: `https.request({ hostname })`, `axios({ url })`. */
const urlOptionFields = ["url", "hostname", "host", "href", "baseURL", "uri", "origin"];

/** A `--` pushed into a list or written in an array literal somewhere in a function's body. */
function containsOptionEnd(body: ts.Node): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isStringLiteralLike(node) && node.text === "--") {
      const holder = node.parent;
      if (ts.isArrayLiteralExpression(holder) || (ts.isCallExpression(holder) && ts.isPropertyAccessExpression(holder.expression) && ["push", "unshift", "splice"].includes(holder.expression.name.text))) found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}

/** An argument list whose elements are text (`args.push(pattern)`): each element is an argument. */
function holdsText(shape: Shape): boolean {
  return typeof shape === "object" && shape.elements !== undefined && isTextLike(shape.elements);
}

/** How many functions a callback may be handed through before it is called. */
const maxHandOverDepth = 3;

/** `{ chatHandler }` or `{ chatHandler: handle }` binds the field `field` to the local `local`. */
function bindsField(pattern: ts.ObjectBindingPattern, field: string, local: string): boolean {
  return pattern.elements.some((element) => ts.isIdentifier(element.name) && element.name.text === local && (element.propertyName ? propertyNameText(element.propertyName) : element.name.text) === field);
}

/** A value passed as the prop `name`: the component reads it as `props[name]`, whatever its origin. */
function asProp(fact: Fact, name: string): Fact {
  if (fact.origin.kind === "source") return { ...fact, shape: objectWithFields(new Map([[name, fact.shape]])) };
  if (fact.origin.kind === "param") return { ...fact, accesses: [...fact.accesses, { op: "wrap", name }] };
  return fact;
}

function choosesUrl(shape: Shape): boolean {
  return typeof shape === "object" && urlOptionFields.some((field) => {
    const inner = shape.fields.get(field);
    return inner !== undefined && isTextLike(inner);
  });
}

/** A browser's own fetch of a URL is not server-side request forgery. */
const browserSafeKinds: ReadonlySet<SinkKind> = new Set(["url"]);

/** A place a function is called from; a component used as a JSX element receives its attributes as props. */
type CallSite = ts.CallExpression | ts.NewExpression | ts.JsxOpeningLikeElement;
const sqlStart = /^\s*\(?\s*(select|insert|update|delete|with|create|drop|alter|replace|merge|upsert|pragma|truncate)\b/i;

/**
 * Finds flows of model output into sinks, per file. Sinks are found syntactically from the
 * catalogue; their arguments are evaluated backwards through variables, fields, returns and
 * imports; a value that enters through a function's parameter is followed to the function's
 * callers, in any file of the run.
 */
export class TaintEngine {
  readonly evaluator: Evaluator;
  private readonly flowsByFile = new WeakMap<ts.SourceFile, Flow[]>();
  private readonly callSiteMemo = new Map<ts.SignatureDeclaration, CallSite[]>();
  private readonly fieldWriteIndex = new Map<string, ReadonlyMap<string, readonly ts.BinaryExpression[]>>();
  private readonly passedMemo = new Map<ts.SignatureDeclaration, Map<string, readonly Fact[]>>();
  private readonly callIndexes = new WeakMap<ts.SourceFile, Map<string, CallSite[]>>();
  private readonly sinksByName: Map<string, CallSink[]>;
  private readonly projectImportMemo = new Map<string, boolean>();
  private readonly subclassMemo = new WeakMap<ts.ClassLikeDeclaration, ts.ClassLikeDeclaration[]>();
  private readonly implementerMemo = new Map<string, ts.ClassLikeDeclaration[]>();
  private readonly tableValueNames = new Map<string, { readonly text: string; readonly names: ReadonlySet<string> }>();

  constructor(
    private readonly catalogue: Catalogue,
    private readonly load: (file: string) => ts.SourceFile | undefined,
    customSources: readonly CustomSource[],
    private readonly imports: ImportGraph,
    packageOfType?: (expression: ts.Expression) => string | undefined,
  ) {
    this.evaluator = new Evaluator(catalogue, new ModuleGraph(load, cataloguedPackages(catalogue)), customSources, packageOfType);
    const channels = new ChannelIndex(catalogue, () => imports.files(), load, (file) => imports.textOf(file), (expression) => this.evaluator.channelModules(expression), (expression) => this.evaluator.constantString(expression));
    this.evaluator.channelMessages = (kind, key) => channels.messages(kind, key);
    this.evaluator.electronHandlers = (key) => channels.electronHandlers(key);
    this.evaluator.extensionListeners = () => channels.extensionMessageListeners();
    const atoms = new AtomIndex(catalogue, () => imports.files(), load, (file) => imports.textOf(file), {
      atomOf: (expression) => this.evaluator.atomOf(expression),
      hookOf: (call) => this.evaluator.atomHookOf(call),
      declarationOf: (name) => this.evaluator.scopes.resolve(name)?.declaration,
      cutShort: () => this.evaluator.cycles.cutShort(),
    });
    this.evaluator.atomWrites = (atom) => atoms.writesTo(atom);
    const stores = new ValueStoreIndex(catalogue, () => imports.files(), load, (file) => imports.textOf(file), (file) => imports.importersOf(file), {
      storeOf: (expression) => this.evaluator.storeOf(expression),
      cutShort: () => this.evaluator.cycles.cutShort(),
    });
    this.evaluator.storeWrites = (store) => stores.writesTo(store);
    this.evaluator.heldCalls = (declaration) => this.heldCalls(declaration);
    const redux = new ReduxIndex(catalogue, () => imports.files(), load, (file) => imports.textOf(file), {
      isExport: (callee, modules, exportName) => this.evaluator.evaluate(callee).refs.some((ref) => modules.includes(ref.module) && ref.exportName === exportName && ref.members.length === 0),
      definitionOf: (expression) => this.evaluator.definitionOf(expression),
      importersOf: (file) => [...imports.importersOf(file)],
    });
    this.evaluator.reduxSlices = () => redux.all();
    this.evaluator.callerArguments = (fn, index) => this.callSites(fn).flatMap((call) => this.argumentValues(call, index, fn.parameters[index]));
    this.evaluator.passedAsArgument = (fn) => {
      const name = functionName(fn);
      if (!name) return [];
      // Only files that register tools and pass the name as an argument are parsed for it.
      const passed = new RegExp(`[(,]\\s*${name.replace(/[$]/g, "\\$")}\\s*[,)]`);
      const files = this.callerFiles(fn).filter((file) => {
        const text = this.imports.textOf(file);
        return /tool|Tool|setRequestHandler/.test(text) && passed.test(text);
      });
      return files.length > 0 ? this.passedByName(fn, name, files) : [];
    };
    this.evaluator.callsOf = (fn) => this.callSites(fn).filter(ts.isCallExpression);
    const routes = new RouteIndex(() => imports.files(), load, (file) => imports.textOf(file), (expression) => this.carriesModelOutput(expression));
    this.evaluator.modelRoute = (path) => routes.modelRoute(path);
    const routeHandlers = new RouteHandlerIndex(this.evaluator.requestSources, (pattern) => imports.filesMatching(pattern), (fn) => this.callerFiles(fn), load, (expression) => this.evaluator.evaluate(expression).functions, (expression) => this.evaluator.definitionOf(expression));
    this.evaluator.routeHandler = (fn) => routeHandlers.registrationOf(fn);
    const botHandlers = new BotHandlerIndex(this.evaluator.requestSources, (pattern) => imports.filesMatching(pattern), (fn) => this.callerFiles(fn), load, (expression) => this.evaluator.evaluate(expression).functions, (expression) => this.evaluator.evaluate(expression).kinds.filter((k) => k.path.length === 0).map((k) => k.kind), (expression) => this.evaluator.definitionOf(expression));
    this.evaluator.botHandler = (fn) => botHandlers.registrationOf(fn);
    const forwarded = new ForwardedCallbacks(catalogue, () => imports.files(), (file) => imports.textOf(file), load, this.evaluator);
    this.evaluator.forwardedCallbacks = (fn) => forwarded.of(fn);
    this.evaluator.outsideFieldWrites = (cls, name) => this.outsideFieldWrites(cls, name);
    this.evaluator.callerArgumentExpressions = (fn, index) =>
      this.callSites(fn).flatMap((call) => (ts.isCallExpression(call) || ts.isNewExpression(call)) && call.arguments?.[index] ? [call.arguments[index] as ts.Expression] : []);
    this.evaluator.subclassesOf = (cls) => this.subclassesOf(cls);
    this.evaluator.implementersOf = (home) => this.implementersOf(home);
    this.evaluator.componentUses = (fn) => this.callSites(fn).filter((site): site is ts.JsxOpeningLikeElement => ts.isJsxOpeningElement(site) || ts.isJsxSelfClosingElement(site));
    this.sinksByName = sinksByName(catalogue);
  }

  /**
   * `processor.generator = await streamReply(…)` written outside the class, in the class's module:
   * the values code gives a field of the class's instances from outside.
   */
  private outsideFieldWrites(cls: ts.ClassLikeDeclaration, name: string): ts.Expression[] {
    const className = cls.name?.text;
    if (!className) return [];
    const home = cls.getSourceFile().fileName;
    const found: ts.Expression[] = [];
    // The class's own module only: looking through every importer cost a third of a large run.
    for (const file of [home]) {
      const text = this.imports.textOf(file);
      if (!text.includes(`new ${className}`) && !text.includes(`: ${className}`)) continue;
      if (!new RegExp(`\\.${name.replace(/[$]/g, "\\$")}\\s*=[^=]`).test(text)) continue;
      for (const write of this.fieldWritesIn(file).get(name) ?? []) {
        if (ts.findAncestor(write, (n) => n === cls) !== undefined) continue;
        // Only a variable made as, or typed as, the class (`const processor = new StreamingProcessor()`) is looked at.
        const target = (write.left as ts.PropertyAccessExpression).expression;
        const declaration = ts.isIdentifier(target) ? this.evaluator.scopes.resolve(target)?.declaration : undefined;
        if (!declaration || !ts.isVariableDeclaration(declaration) || !namesClass(declaration, className)) continue;
        if (this.evaluator.evaluate(target).instances.includes(cls)) found.push(write.right);
      }
    }
    return found;
  }

  /** `x.field = value` (not on `this`) in a file, by field name: one walk per file and run. */
  private fieldWritesIn(file: string): ReadonlyMap<string, readonly ts.BinaryExpression[]> {
    let index = this.fieldWriteIndex.get(file);
    if (index) return index;
    const writes = new Map<string, ts.BinaryExpression[]>();
    index = writes;
    this.fieldWriteIndex.set(file, index);
    const sourceFile = this.load(file);
    const visit = (node: ts.Node): void => {
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && node.left.expression.kind !== ts.SyntaxKind.ThisKeyword) {
        const list = writes.get(node.left.name.text);
        if (list) list.push(node);
        else writes.set(node.left.name.text, [node]);
      }
      ts.forEachChild(node, visit);
    };
    if (sourceFile) visit(sourceFile);
    return index;
  }

  /** Whether a route's response carries model output: the expression, or a name or call inside it (`result.toTextStreamResponse()`). */
  private carriesModelOutput(expression: ts.Expression): boolean {
    const isModel = (value: { readonly facts: readonly Fact[] }): boolean => value.facts.some((f) => f.origin.kind === "source" && f.origin.category === "model");
    if (isModel(this.evaluator.evaluate(expression))) return true;
    let found = false;
    let budget = 40;
    const visit = (node: ts.Node): void => {
      if (found || budget <= 0 || ts.isFunctionLike(node)) return;
      if (ts.isIdentifier(node) || ts.isCallExpression(node) || ts.isPropertyAccessExpression(node)) {
        budget--;
        if (isModel(this.evaluator.evaluate(node))) {
          found = true;
          return;
        }
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(expression, visit);
    return found;
  }

  sourceFileOf(file: string): ts.SourceFile | undefined {
    return this.load(file);
  }

  flowsIn(sourceFile: ts.SourceFile): readonly Flow[] {
    const cached = this.flowsByFile.get(sourceFile);
    if (cached) return cached;
    const flows: Flow[] = [];
    const seen = new Set<string>();
    const add = (found: readonly Flow[]): void => {
      for (const flow of found) {
        const key = `${flow.sinkNode.pos}:${flow.source.category}`;
        if (seen.has(key)) continue;
        seen.add(key);
        flows.push(flow);
      }
    };
    for (const node of analysisNodes(sourceFile)) {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) add([...this.callFlows(node), ...(ts.isCallExpression(node) ? this.markdownFlows(node) : [])]);
      else if (ts.isBinaryExpression(node)) add(this.propertyFlow(node));
      else if (ts.isJsxAttribute(node)) add(this.jsxFlow(node));
      else if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && sourceFile.text.includes("markdown-to-jsx")) add(this.markdownFlows(node));
      else if (ts.isTaggedTemplateExpression(node)) add(this.shellTemplateFlow(node));
    }
    this.flowsByFile.set(sourceFile, flows);
    return flows;
  }

  // ── sinks ────────────────────────────────────────────────────────────────────────────────

  private callFlows(node: ts.CallExpression | ts.NewExpression): Flow[] {
    const flows: Flow[] = [];
    for (const match of this.callSinkMatches(node, true)) {
      // A path parameter's lone `..` is a tool's capability, not a flow of model text (see `dotSegmentSourcesReaching`).
      if (match.kind === "dot-segment") continue;
      for (const arg of match.arguments) flows.push(...this.flowsFor(match.kind, match.label, node, arg, match.receiverKind));
      if (flows.length > 0) break;
    }
    return flows;
  }

  /**
   * The sinks a call is, with its dangerous arguments. With `requireTaint`, calls none of whose
   * arguments can carry model output are skipped before the callee is evaluated.
   */
  callSinkMatches(node: ts.CallExpression | ts.NewExpression, requireTaint: boolean): SinkMatch[] {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (!arg || ts.isStringLiteralLike(arg)) return [];
      const staged = stagedContents(this.evaluator, this.catalogue, node, arg);
      return [{ kind: "eval", label: "import()", arguments: [arg] }, ...(staged.length > 0 ? [{ kind: "eval" as const, label: "import() of a file written just before", arguments: staged }] : [])];
    }
    // `writeFile(file, src); require(file)`: the text written is what runs.
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "require" && !this.evaluator.scopes.resolve(node.expression)) {
      const load = node.arguments[0];
      const staged = load && !ts.isStringLiteralLike(load) ? stagedContents(this.evaluator, this.catalogue, node, load) : [];
      if (load && staged.length > 0) return [{ kind: "eval", label: "require", arguments: [load] }, { kind: "eval", label: "require() of a file written just before", arguments: staged }];
    }
    const name = calleeName(unwrapPromisify(node.expression));
    if (name === undefined) return [];
    // Sinks are matched by name first, with cheap syntactic conditions, before anything is evaluated.
    const candidates = (this.sinksByName.get(name) ?? []).filter((sink) => (sink.when !== "sql-text" || this.isSqlCall(node)) && (!sink.fileImports || importsAny(node.getSourceFile(), sink.fileImports) || this.projectImports(sink.fileImports)));
    // A plain name may hold a sink under another name (`const run = promisify(exec)`), even one that is also a method's name.
    // …or an import that shadows a global's name (`import fetch from "node-fetch"`).
    const bare = withoutCasts(node.expression);
    // …or a local that shadows one (`let fetch = wrapWithAuthRetry(nodeFetch, …)`).
    const aliasable = ts.isIdentifier(bare) ? (!candidates.some((sink) => !("method" in sink.callee)) || this.isImportedName(bare) || this.evaluator.scopes.resolve(bare) !== undefined) && this.mayAliasSink(bare) : candidates.length === 0 && this.fieldMayHoldSink(bare);
    if (candidates.length === 0 && !aliasable) return [];
    const args = node.arguments ?? [];
    // Only the arguments some candidate sink treats as dangerous are evaluated: the bound
    // parameters of a query, say, carry model output harmlessly.
    const watched = aliasable || args.some(ts.isSpreadElement) ? args : args.filter((_, i) => candidates.some((sink) => sink.when === "shell" || sink.args === "all" || sink.args.includes(i)));
    if (requireTaint && !watched.some((a) => this.evaluator.evaluate(ts.isSpreadElement(a) ? a.expression : a).facts.length > 0 || ts.isObjectLiteralExpression(a) || ts.isArrayLiteralExpression(a))) return [];
    const callee = this.evaluator.evaluate(node.expression);
    const matches: SinkMatch[] = [];
    const matchedSinks: CallSink[] = [];
    const kindMatched: CallSink[] = [];
    const isNew = ts.isNewExpression(node);
    for (const sink of aliasable ? this.catalogue.callSinks : candidates) {
      const as = sink.as ?? "call";
      if ((isNew && as === "call") || (!isNew && as === "new")) continue;
      if (!calleeMatches(sink.callee, node, callee, (e) => this.evaluator.definitionOf(e))) continue;
      const receiverKind = "method" in sink.callee ? callee.kinds.find((k) => k.path.length === 1)?.kind : undefined;
      const dangerous = this.dangerousArguments(sink, node);
      if ((sink.when === "string" || sink.when === "interpreter") && dangerous.length === 0) continue; // `setTimeout(callback)`, `execFile("git", …)`: not this sink
      // `page.screenshot({ fullPage: true })`: without the field it does not do what the sink is about.
      if (sink.field && dangerous.length === 0) continue;
      matches.push({ kind: sink.sink, label: this.sinkLabel(sink, node), arguments: dangerous, ...(receiverKind ? { receiverKind } : {}), ...(sink.reads ? { reads: true as const } : {}), ...(sink.onlyWithInput ? { onlyWithInput: true as const } : {}) });
      matchedSinks.push(sink);
      if ("method" in sink.callee && sink.callee.kinds) kindMatched.push(sink);
    }
    // A receiver of a known kind says what its method does: ssh2's `conn.exec(command)` is a remote shell, not SQL
    // however its receiver is named.
    if (matches.length > 1 && kindMatched.length > 0) {
      const bySqlText = new Set(matchedSinks.filter((sink) => sink.when === "sql-text"));
      for (let i = matches.length - 1; i >= 0; i--) if (bySqlText.has(matchedSinks[i] as CallSink)) { matches.splice(i, 1); matchedSinks.splice(i, 1); }
    }
    // `spawn(rgPath, ["-n", pattern, dir])`: a program that reads a model-chosen argument as an option.
    if (matches.some((m) => m.kind === "shell") && candidates.some((sink) => sink.when === "shell")) {
      const options = this.optionArguments(node);
      if (options) matches.push({ kind: "option", label: `${options.program} (an argument read as an option)`, arguments: options.arguments });
    }
    return matches;
  }

  /**
   * The arguments of a program that parses options (`rg`, `git`, `find`…) run without a shell,
   * that come before any `--` (after which nothing is an option).
   */
  private optionArguments(node: ts.CallExpression | ts.NewExpression): { program: string; arguments: ts.Expression[] } | undefined {
    const [program, list, options] = node.arguments ?? [];
    if (!program || !list || ts.isSpreadElement(program) || ts.isSpreadElement(list)) return undefined;
    const withShell = [list, options].some((a) => a && ts.isObjectLiteralExpression(a) && a.properties.some((p) => ts.isPropertyAssignment(p) && p.name.getText() === "shell" && p.initializer.kind !== ts.SyntaxKind.FalseKeyword));
    if (withShell) return undefined;
    let name = this.programName(program);
    if (!name || !this.catalogue.optionParsingPrograms.has(name)) return undefined;
    let elements = ts.isArrayLiteralExpression(list) ? [...list.elements] : [];
    // `npx playwright install <browser>`: after the package's name, every argument is the package's.
    if ((name === "npx" || name === "bunx") && ts.isArrayLiteralExpression(list)) {
      const packageAt = elements.findIndex((e) => ts.isStringLiteralLike(e) && !e.text.startsWith("-"));
      const named = packageAt >= 0 ? (elements[packageAt] as ts.StringLiteralLike).text : undefined;
      if (named !== undefined && elements.slice(0, packageAt).every((e) => ts.isStringLiteralLike(e))) {
        name = named.replace(/^@[^/]+\//, "").replace(/@.*$/, "");
        if (!this.catalogue.optionParsingPrograms.has(name)) return undefined;
        elements = elements.slice(packageAt + 1);
      }
    }
    // `const args = ["clone"]; args.push("--branch", branch); args.push(url, dest)`: the words as pushed, in order.
    const built = ts.isIdentifier(list) ? this.wordsPushedInto(list) : undefined;
    if (ts.isArrayLiteralExpression(list) || built) {
      const words = built ?? elements;
      const end = words.findIndex((e) => ts.isStringLiteralLike(e) && e.text === "--");
      const before = end < 0 ? words : words.slice(0, end);
      // `["-e", pattern]`: the value of an option that takes one is not read as an option.
      const takesValue = this.catalogue.valueTakingOptions.get(name);
      const found = before.flatMap((e, i) => {
        const previous = before[i - 1];
        if (previous && ts.isStringLiteralLike(previous) && takesValue?.has(previous.text)) return [];
        // `path.resolve(root, dest)` is absolute: it starts with `/`, never with `-`.
        if (!ts.isSpreadElement(e) && this.isAbsolutePath(e)) return [];
        return ts.isStringLiteralLike(e) ? [] : ts.isSpreadElement(e) ? [e.expression] : [e];
      });
      return found.length > 0 ? { program: name, arguments: found } : undefined;
    }
    // An argument list built up in a variable: a `--` pushed into it or written in it ends the options.
    if (ts.isIdentifier(list) && !this.endsOptions(list)) return { program: name, arguments: [list] };
    return undefined;
  }

  /**
   * The words of an argument list a function builds in a local array (its initial elements, then
   * every `push`, in source order), or undefined when anything else writes it.
   */
  private wordsPushedInto(list: ts.Identifier): ts.Expression[] | undefined {
    const binding = this.evaluator.scopes.resolve(list);
    const declaration = binding?.declaration;
    if (!binding || !declaration || !ts.isVariableDeclaration(declaration) || binding.pattern.length > 0 || !declaration.initializer || !ts.isArrayLiteralExpression(declaration.initializer)) return undefined;
    const words: ts.Expression[] = [...declaration.initializer.elements];
    let other = false;
    const visit = (node: ts.Node): void => {
      if (other) return;
      if (ts.isIdentifier(node) && node !== declaration.name && node.text === list.text && this.evaluator.scopes.resolve(node)?.declaration === declaration) {
        const parent = node.parent;
        const pushed = ts.isPropertyAccessExpression(parent) && parent.expression === node && parent.name.text === "push" && ts.isCallExpression(parent.parent) && parent.parent.expression === parent;
        if (pushed) words.push(...(parent.parent as ts.CallExpression).arguments);
        // Read where it is run (`execFile("git", args)`); anything else (`args.unshift`, `args = …`, handing it on) is not followed.
        else if (!(ts.isCallExpression(parent) && parent.arguments.includes(node))) other = true;
      }
      ts.forEachChild(node, visit);
    };
    visit(binding.scope);
    return other ? undefined : words;
  }

  /** `path.resolve(root, name)`, `resolve(dir)`: an absolute path. */
  private isAbsolutePath(expression: ts.Expression): boolean {
    const expr = this.evaluator.definitionOf(expression);
    if (!ts.isCallExpression(expr) || expr.arguments.length === 0) return false;
    return this.evaluator.evaluate(expr.expression).refs.some((r) => ["path", "node:path"].includes(r.module) && (r.exportName === "resolve" || r.members[0] === "resolve"));
  }

  /** The words of an argument list that a program hands to a shell: after `shell` for adb, and what is spread in from the caller. */
  private remoteShellWords(program: ts.Expression, list: ts.ArrayLiteralExpression): ts.Expression[] {
    const name = this.programName(program) ?? this.programNameOfHelper(program);
    const marker = name ? this.catalogue.remoteShellPrograms.get(name) : undefined;
    if (!marker) return [];
    const at = list.elements.findIndex((e) => ts.isStringLiteralLike(e) && e.text === marker);
    return list.elements.flatMap((e, i) => (ts.isSpreadElement(e) ? this.spreadShellWords(e.expression, marker, at >= 0 && i > at) : at >= 0 && i > at && !ts.isStringLiteralLike(e) ? [e] : []));
  }

  /**
   * `...args` of `adb(...args)`: the words its callers pass after `shell` (`adb("shell", "am", "start", "-d", url)`),
   * not those of `adb("install", path)`. Any spread of something else counts whole.
   */
  private spreadShellWords(spread: ts.Expression, marker: string, afterMarker: boolean): ts.Expression[] {
    const declaration = ts.isIdentifier(spread) ? this.evaluator.scopes.resolve(spread)?.declaration : undefined;
    const fn = declaration && ts.isParameter(declaration) && declaration.dotDotDotToken ? declaration.parent : undefined;
    const sites = fn ? this.callSites(fn).filter((site): site is ts.CallExpression => ts.isCallExpression(site)) : [];
    if (!fn || sites.length === 0) return [spread];
    const from = fn.parameters.indexOf(declaration as ts.ParameterDeclaration);
    return sites.flatMap((site) => {
      const words = site.arguments.slice(from);
      if (words.some(ts.isSpreadElement)) return [spread];
      const at = afterMarker ? -1 : words.findIndex((w) => ts.isStringLiteralLike(w) && w.text === marker);
      return afterMarker || at >= 0 ? words.slice(at + 1).filter((w) => !ts.isStringLiteralLike(w)) : [];
    });
  }

  /** `getAdbPath()` whose every return ends in the same program (`path.join(home, "platform-tools", exeName)`, `"adb"`). */
  private programNameOfHelper(program: ts.Expression): string | undefined {
    if (!ts.isCallExpression(program)) return undefined;
    const names = new Set<string>();
    const baseOf = (e: ts.Expression, depth: number): void => {
      const expr = this.evaluator.definitionOf(e);
      const literal = this.evaluator.constantString(expr);
      if (literal !== undefined) names.add(literal.split(/[\\/]/).pop()?.replace(/\.exe$/i, "") ?? literal);
      else if (ts.isConditionalExpression(expr) && depth < 3) [expr.whenTrue, expr.whenFalse].forEach((b) => baseOf(b, depth + 1));
      else if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && ["join", "resolve"].includes(expr.expression.name.text) && expr.arguments.length > 0 && depth < 3) baseOf(expr.arguments[expr.arguments.length - 1] as ts.Expression, depth + 1);
      else names.add("?");
    };
    for (const fn of this.evaluator.evaluate(program.expression).functions.slice(0, 2)) {
      const body = "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
      if (!body) continue;
      if (!ts.isBlock(body)) baseOf(body as ts.Expression, 0);
      const visit = (node: ts.Node): void => {
        if (ts.isFunctionLike(node)) return;
        if (ts.isReturnStatement(node) && node.expression) baseOf(node.expression, 0);
        ts.forEachChild(node, visit);
      };
      if (ts.isBlock(body)) ts.forEachChild(body, visit);
    }
    const [only] = names;
    return names.size === 1 && only !== "?" ? only : undefined;
  }

  /** `"rg"`, `"/usr/bin/git"`, or a program path a package exports (`rgPath` of `@vscode/ripgrep`). */
  private programName(program: ts.Expression): string | undefined {
    const literal = this.evaluator.constantString(program);
    if (literal !== undefined) return literal.split(/[\\/]/).pop()?.replace(/\.exe$/i, "");
    return this.evaluator.evaluate(program).refs.map((ref) => this.catalogue.programPathModules.get(ref.module)).find((name) => name !== undefined);
  }

  private endsOptions(list: ts.Identifier): boolean {
    const declaration = this.evaluator.scopes.resolve(list)?.declaration;
    if (!declaration) return false;
    // A list a project function builds (`const args = this.buildRipgrepArgs(options)`): its `--` counts.
    const init = ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
    const builder = init && ts.isCallExpression(init) ? this.evaluator.evaluate(init.expression).functions : [];
    if (builder.some((fn) => "body" in fn && fn.body !== undefined && containsOptionEnd(fn.body as ts.Node))) return true;
    const scope = ts.findAncestor(declaration, ts.isFunctionLike) ?? declaration.getSourceFile();
    let ends = false;
    const visit = (node: ts.Node): void => {
      if (ends) return;
      if (ts.isStringLiteralLike(node) && node.text === "--") {
        const holder = node.parent;
        const pushed = ts.isCallExpression(holder) && ts.isPropertyAccessExpression(holder.expression) && ["push", "unshift", "splice"].includes(holder.expression.name.text) && ts.isIdentifier(holder.expression.expression) && this.evaluator.scopes.resolve(holder.expression.expression)?.declaration === declaration;
        const written = ts.isArrayLiteralExpression(holder) && ts.findAncestor(holder, (n) => n === declaration) !== undefined;
        if (pushed || written) ends = true;
      }
      ts.forEachChild(node, visit);
    };
    visit(scope);
    return ends;
  }

  /** Property-assignment, JSX and template sinks at a node (not calls). */
  otherSinkMatch(node: ts.Node): SinkMatch | undefined {
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op !== ts.SyntaxKind.EqualsToken && op !== ts.SyntaxKind.PlusEqualsToken) return undefined;
      const left = node.left;
      const name = ts.isPropertyAccessExpression(left) ? left.name.text : ts.isElementAccessExpression(left) && ts.isStringLiteralLike(left.argumentExpression) ? left.argumentExpression.text : undefined;
      const sink = name ? this.catalogue.propertySinks.find((s) => s.property === name) : undefined;
      if (!sink || (sink.sink === "html" && this.isTextOnlyElement(left))) return undefined;
      return { kind: sink.sink, label: sink.label, arguments: [node.right] };
    }
    return undefined;
  }

  /**
   * `const area = document.createElement("textarea"); area.innerHTML = text; return area.value`: the
   * entity-decoding idiom. A textarea's or title's content is parsed as text, so no element is made.
   */
  private isTextOnlyElement(target: ts.Expression): boolean {
    if (!ts.isPropertyAccessExpression(target) && !ts.isElementAccessExpression(target)) return false;
    const element = this.evaluator.definitionOf(target.expression);
    if (!ts.isCallExpression(element) || !ts.isPropertyAccessExpression(element.expression) || element.expression.name.text !== "createElement") return false;
    const tag = element.arguments[0];
    return tag !== undefined && ts.isStringLiteralLike(tag) && ["textarea", "title"].includes(tag.text.toLowerCase());
  }

  /** `import { exec as run }`, `const run = exec`, `const run = promisify(exec)`: a sink under another name. */
  private isImportedName(identifier: ts.Identifier): boolean {
    const declaration = this.evaluator.scopes.resolve(identifier)?.declaration;
    return declaration !== undefined && (ts.isImportClause(declaration) || ts.isImportSpecifier(declaration));
  }

  /** `this.#fetch(url)` where the class sets `this.#fetch = fetchImpl ?? undiciFetch`: a field that may hold a sink. */
  private fieldMayHoldSink(callee: ts.Expression): boolean {
    if (!ts.isPropertyAccessExpression(callee) || callee.expression.kind !== ts.SyntaxKind.ThisKeyword) return false;
    const cls = ts.findAncestor(callee, ts.isClassLike);
    if (!cls) return false;
    const field = callee.name.text;
    const declared = cls.members.flatMap((m) => (ts.isPropertyDeclaration(m) && m.name && (ts.isPrivateIdentifier(m.name) ? m.name.text : propertyNameText(m.name)) === field && m.initializer ? [m.initializer] : []));
    const holds = (expression: ts.Expression): boolean => {
      const expr = withoutCasts(expression);
      if (ts.isBinaryExpression(expr) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(expr.operatorToken.kind)) return holds(expr.left) || holds(expr.right);
      if (ts.isConditionalExpression(expr)) return holds(expr.whenTrue) || holds(expr.whenFalse);
      return ts.isIdentifier(expr) && this.mayAliasSink(expr);
    };
    return [...declared, ...(this.evaluator.thisWritesIn(cls).get(field) ?? [])].some(holds);
  }

  private mayAliasSink(identifier: ts.Identifier): boolean {
    const declaration = this.evaluator.scopes.resolve(identifier)?.declaration;
    if (!declaration) return false;
    if (ts.isImportSpecifier(declaration)) {
      const imported = (declaration.propertyName ?? declaration.name).text;
      if (this.sinksByName.has(imported)) return true;
      // `import { execAsync } from "./utils/exec"` where that module has `export const execAsync = promisify(exec)`:
      // read in the module's text (parsing every imported module here would hold their trees).
      const specifier = declaration.parent.parent.parent.moduleSpecifier;
      const target = ts.isStringLiteral(specifier) ? resolveModule(specifier.text, declaration.getSourceFile().fileName)?.resolvedFileName : undefined;
      const initializer = target ? new RegExp(`export\\s+const\\s+${imported.replace(/\$/g, "\\$")}\\s*(?::[^=]+)?=\\s*([^;\\n]+)`).exec(this.imports.textOf(target))?.[1] : undefined;
      return initializer !== undefined && (/^[\w$.]+$/.test(initializer.trim()) ? this.sinksByName.has(initializer.trim().split(".").pop() ?? "") : [...initializer.matchAll(/[(,]\s*(?:[\w$]+\.)?([\w$]+)\s*(?=[,)])/g)].some((m) => this.sinksByName.has(m[1] ?? "")));
    }
    // `import fetchUrl from "node-fetch"`: a default export under any local name.
    if (ts.isImportClause(declaration) && ts.isStringLiteral(declaration.parent.moduleSpecifier)) return this.sinksByName.has(declaration.parent.moduleSpecifier.text.split("/").pop() ?? "");
    if (!ts.isVariableDeclaration(declaration) || !declaration.initializer) return false;
    return isAliasInitializer(declaration.initializer);
  }

  private dangerousArguments(sink: CallSink, node: ts.CallExpression | ts.NewExpression): ts.Expression[] {
    const args = [...(node.arguments ?? [])].map((a) => (ts.isSpreadElement(a) ? a.expression : a));
    if (sink.when === "string") return args.slice(0, 1).filter((a) => this.mayBeCodeText(a));
    if (sink.when === "sql-text") return this.isSqlCall(node) ? args.slice(0, 1) : [];
    if (sink.when === "interpreter") {
      const [program, list] = args;
      const flags = program && ts.isStringLiteralLike(program) ? this.catalogue.inlineCodeInterpreters.get(program.text.split("/").pop() ?? "") : undefined;
      if (!flags || !list || !ts.isArrayLiteralExpression(list)) return [];
      const flagAt = list.elements.findIndex((e) => ts.isStringLiteralLike(e) && flags.has(e.text));
      const code = flagAt >= 0 ? list.elements[flagAt + 1] : undefined;
      return code && !ts.isSpreadElement(code) ? [code] : [];
    }
    if (sink.when === "shell") {
      const options = args.find((a, i) => i > 0 && ts.isObjectLiteralExpression(a));
      const shellOption = options && ts.isObjectLiteralExpression(options) && options.properties.some((p) => ts.isPropertyAssignment(p) && p.name.getText() === "shell" && p.initializer.kind !== ts.SyntaxKind.FalseKeyword);
      const [program, list] = args;
      const viaShellBinary = program && ts.isStringLiteralLike(program) && this.catalogue.shellBinaries.has(program.text) && list && ts.isArrayLiteralExpression(list) && list.elements.some((e) => ts.isStringLiteralLike(e) && /^(-c|\/c|-Command)$/i.test(e.text));
      if (shellOption) return [program, ...(list && ts.isArrayLiteralExpression(list) ? list.elements : list ? [list] : [])].filter((e): e is ts.Expression => e !== undefined);
      if (viaShellBinary && list && ts.isArrayLiteralExpression(list)) return [...list.elements];
      // `execFileSync(adbPath, ["-s", serial, ...args])` with `adb("shell", "am", "start", "-d", url)`: the device's shell reads the words.
      const remote = program && list && ts.isArrayLiteralExpression(list) ? this.remoteShellWords(program, list) : [];
      if (remote.length > 0) return [program as ts.Expression, ...remote];
      return program ? [program] : []; // a model-chosen program runs whatever the model names
    }
    if (sink.args === "all") return args;
    const picked = sink.args.map((i) => args[i]).filter((a): a is ts.Expression => a !== undefined);
    // `executeSql(projectId, { query })`: the SQL travels in the options; what comes before it names the database.
    if (!sink.field && sink.sink === "sql" && args.slice(1).some((a) => sqlOptions(a))) return [];
    // A query object (`{ text, values }`) binds its values; only its SQL text field is dangerous.
    if (!sink.field) return sink.sink === "sql" ? picked.filter((a) => !ts.isObjectLiteralExpression(a)) : picked;
    return picked.flatMap((written) => {
      // `const options = { path: … }; page.pdf(options)`: the object the name holds.
      const a = ts.isIdentifier(written) ? this.evaluator.definitionOf(written) : written;
      if (!ts.isObjectLiteralExpression(a)) return [];
      const property = a.properties.find((p) => p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === sink.field);
      return property && ts.isPropertyAssignment(property) ? [property.initializer] : property && ts.isShorthandPropertyAssignment(property) ? [property.name] : [];
    });
  }

  /**
   * `setTimeout("code")` runs text, `setTimeout(callback)` does not: a value of unknown kind (a
   * parameter such as a promise's `resolve`) counts as text only when some caller passes data in.
   */
  private mayBeCodeText(argument: ts.Expression): boolean {
    if (ts.isFunctionLike(argument)) return false;
    if (ts.isStringLiteralLike(argument) || ts.isTemplateExpression(argument) || ts.isBinaryExpression(argument)) return true;
    const value = this.evaluator.evaluate(argument);
    return value.functions.length === 0 && this.concretizeFacts(value.facts).length > 0;
  }

  private propertyFlow(node: ts.BinaryExpression): Flow[] {
    const match = this.otherSinkMatch(node);
    const argument = match?.arguments[0];
    return match && argument ? this.flowsFor(match.kind, match.label, node, argument) : [];
  }

  /**
   * The raw-HTML Markdown renders of a file (`rehypePlugins={[rehypeRaw]}` with no sanitizer,
   * markdown-to-jsx), whatever text they render.
   */
  rawMarkdownRenders(sourceFile: ts.SourceFile): readonly RawMarkdownRender[] {
    return rawMarkdownRenders(sourceFile, this.evaluator, this.catalogue);
  }

  /**
   * Raw-HTML Markdown renders whose text is neither traced to model output nor the app's own: text
   * from outside the code llmsec sees (a chat backend in another language, a host app's props).
   */
  untracedMarkdownRenders(sourceFile: ts.SourceFile): readonly RawMarkdownRender[] {
    const traced = new Set<ts.Node>(this.flowsIn(sourceFile).filter((f) => f.source.category === "model").map((f) => f.sinkNode));
    // A unified pipeline in a module that reads files renders the project's own content (a docs site's build).
    const readsFiles = sourceFile.statements.some((s) => ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && this.catalogue.fileModules.has(s.moduleSpecifier.text));
    return this.rawMarkdownRenders(sourceFile).flatMap((render) => {
      if (traced.has(render.node) || (render.renderer === "unified" && readsFiles)) return [];
      const texts = render.texts.filter((text) => !isOwnText(text, this.evaluator));
      const sanitizedFirst = texts.length > 0 && texts.every((text) => sanitizedBeforeRendering(text, this.evaluator));
      return texts.length > 0 ? [{ ...render, texts, ...(sanitizedFirst ? { sanitizedFirst: true as const } : {}) }] : [];
    });
  }

  /**
   * HTML sinks given the HTML of a Markdown render (`el.innerHTML = marked.parse(text)`) whose text is
   * neither traced to model output nor the app's own, with no sanitizer between.
   */
  untracedMarkdownHtml(sourceFile: ts.SourceFile): readonly UntracedMarkdownHtml[] {
    // Only files that name a renderer, or a helper that does, are looked at.
    if (!/marked|markdown|showdown|snarkdown|makeHtml|\.replace(All)?\([^\n]*["'`]<[a-z]/i.test(sourceFile.text)) return [];
    const traced = new Set<ts.Node>(this.flowsIn(sourceFile).filter((f) => f.source.category === "model").map((f) => f.sinkNode));
    const found: UntracedMarkdownHtml[] = [];
    for (const node of analysisNodes(sourceFile)) {
      if (traced.has(node)) continue;
      // `el.innerHTML = html`, `dangerouslySetInnerHTML`, or a call that renders HTML (`parse(html)` of html-react-parser, `h("div", { innerHTML })`).
      const sink = ts.isBinaryExpression(node) ? this.otherSinkMatch(node) : ts.isJsxAttribute(node) ? this.htmlAttributeSink(node) : ts.isCallExpression(node) ? this.callSinkMatches(node, false).find((m) => m.kind === "html") : undefined;
      const html = sink?.kind === "html" ? sink.arguments[0] : undefined;
      const rendered = html ? renderedMarkdownOf(html, this.evaluator, this.catalogue) : undefined;
      if (sink && rendered && !isOwnText(rendered.text, this.evaluator)) {
        const how = rendered.linkAddresses ? { linkAddresses: true as const } : sanitizedBeforeRendering(rendered.text, this.evaluator) ? { sanitizedFirst: true as const } : {};
        found.push({ node, sinkLabel: sink.label, renderer: rendered.renderer, text: rendered.text, ...how });
      }
    }
    return found;
  }

  /** `<iframe srcDoc={html}>` with no sandbox isolating it: the attribute's label, or undefined. */
  private frameDocumentAttribute(node: ts.JsxAttribute): string | undefined {
    const value = node.initializer && ts.isJsxExpression(node.initializer) ? node.initializer.expression : undefined;
    const element = node.parent.parent;
    if (!value || !ts.isIdentifier(element.tagName)) return undefined;
    const tag = element.tagName.text;
    const entry = this.catalogue.frameDocumentAttributes.find((f) => f.element === tag && f.attribute === node.name.getText());
    if (!entry) return undefined;
    const sandbox = element.attributes.properties.find((a): a is ts.JsxAttribute => ts.isJsxAttribute(a) && a.name.getText() === entry.isolatedBy);
    if (sandbox) {
      const initializer = sandbox.initializer;
      const text = !initializer ? "" : ts.isStringLiteral(initializer) ? initializer.text : ts.isJsxExpression(initializer) && initializer.expression ? this.evaluator.constantString(initializer.expression) : undefined;
      if (text !== undefined && !text.split(/\s+/).includes(entry.unlessToken)) return undefined;
    }
    return `<${tag} ${entry.attribute}>`;
  }

  /** `dangerouslySetInnerHTML={{ __html: x }}` (or `v-html`), Solid's `innerHTML={x}`: the HTML given. */
  private htmlAttributeSink(node: ts.JsxAttribute): SinkMatch | undefined {
    const value = node.initializer && ts.isJsxExpression(node.initializer) ? node.initializer.expression : undefined;
    if (!value) return undefined;
    const framework = this.frameworkHtmlAttribute(node) ?? this.frameDocumentAttribute(node);
    if (framework) return { kind: "html", label: framework, arguments: [value] };
    if (!this.catalogue.jsxHtmlAttributes.has(node.name.getText()) || !ts.isObjectLiteralExpression(value)) return undefined;
    const html = value.properties.find((p) => p.name && p.name.getText() === "__html");
    const given = html && ts.isPropertyAssignment(html) ? html.initializer : html && ts.isShorthandPropertyAssignment(html) ? html.name : undefined;
    return given ? { kind: "html", label: htmlAttributeLabel(node), arguments: [given] } : undefined;
  }

  private markdownFlows(node: ts.JsxAttribute | ts.JsxOpeningLikeElement | ts.CallExpression): Flow[] {
    // Calls are renders only as a unified chain's `.use(…)`.
    if (ts.isCallExpression(node) && !(ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "use")) return [];
    const render = this.rawMarkdownRenders(node.getSourceFile()).find((r) => r.node === node);
    return render ? render.texts.flatMap((text) => this.flowsFor("html", render.label, node, text)) : [];
  }

  private jsxFlow(node: ts.JsxAttribute): Flow[] {
    if (this.catalogue.markdownHtml.pluginAttributes.has(node.name.getText())) return this.markdownFlows(node);
    const frame = this.frameDocumentAttribute(node);
    const frameDocument = frame && node.initializer && ts.isJsxExpression(node.initializer) ? node.initializer.expression : undefined;
    if (frame && frameDocument) return this.flowsFor("html", frame, node, frameDocument);
    const framework = this.frameworkHtmlAttribute(node);
    if (framework && node.initializer && ts.isJsxExpression(node.initializer) && node.initializer.expression) return this.renderedFlows(framework, node, node.initializer.expression);
    if (!this.catalogue.jsxHtmlAttributes.has(node.name.getText()) || !node.initializer || !ts.isJsxExpression(node.initializer) || !node.initializer.expression) return [];
    let value = node.initializer.expression;
    if (ts.isObjectLiteralExpression(value)) {
      const html = value.properties.find((p) => p.name && p.name.getText() === "__html");
      if (!html) return [];
      if (ts.isPropertyAssignment(html)) value = html.initializer;
      else if (ts.isShorthandPropertyAssignment(html)) value = html.name;
      else return [];
      return this.renderedFlows(htmlAttributeLabel(node), node, value);
    }
    // `dangerouslySetInnerHTML={props}`: the object's `__html` field.
    const object = this.evaluator.memberOfValue(this.evaluator.evaluate(value), "__html");
    return this.flowsFromValue("html", "dangerouslySetInnerHTML", node, value, object.facts);
  }

  /**
   * The flows into an element's HTML, judged under the conditions the element is rendered in: a
   * `v-if="props.renderMarkdown"` element never shows what the value's `if (!props.renderMarkdown)
   * return raw` branch gives.
   */
  private renderedFlows(label: string, node: ts.JsxAttribute, value: ts.Expression): Flow[] {
    const known = conditionsAt(node.parent.parent, (element) => this.evaluator.evaluate(element.tagName as ts.Expression).refs.some((r) => r.module === "solid-js" && r.exportName === "Show"));
    const narrowed = narrowedValues(value, known, (e) => this.evaluator.definitionOf(e), (call) => this.evaluator.isResultWrapper(call));
    return narrowed ? narrowed.flatMap((expression) => this.flowsFor("html", label, node, expression)) : this.flowsFor("html", label, node, value);
  }

  /** `innerHTML={x}` on an element, in a module that renders with the framework giving it that meaning. */
  private frameworkHtmlAttribute(node: ts.JsxAttribute): string | undefined {
    const name = node.name.getText();
    const tag = node.parent.parent.tagName;
    // Intrinsic elements only: on a component, `innerHTML` is just a prop.
    if (!ts.isIdentifier(tag) || !/^[a-z]/.test(tag.text)) return undefined;
    const sourceFile = node.getSourceFile();
    const imported = new Set(sourceFile.statements.flatMap((s) => (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) ? [s.moduleSpecifier.text] : [])));
    // A component that imports nothing from its framework renders with it all the same when the JSX is
    // compiled for it: a `@jsxImportSource solid-js` pragma, or `jsxImportSource` in the tsconfig.
    const pragma = /@jsxImportSource\s+([\w@/.-]+)/.exec(sourceFile.text.slice(0, 2000))?.[1];
    const jsxSource = pragma ?? jsxImportSourceFor(sourceFile.fileName);
    if (jsxSource) imported.add(jsxSource);
    return this.catalogue.frameworkHtmlAttributes.some((f) => f.attribute === name && f.modules.some((m) => imported.has(m))) ? name : undefined;
  }

  /** zx / execa `$` templates quote what they interpolate, except a model-chosen command word. */
  private shellTemplateFlow(node: ts.TaggedTemplateExpression): Flow[] {
    const tag = this.evaluator.evaluate(node.tag);
    const isShellTag = tag.refs.some((r) => this.catalogue.shellTemplateTags.some((t) => t.modules.includes(r.module) && t.exportName === r.exportName && r.members.length === 0));
    if (!isShellTag || !ts.isTemplateExpression(node.template)) return [];
    const first = node.template.templateSpans[0];
    if (!first || node.template.head.text.trim() !== "") return [];
    return this.flowsFor("shell", "$`…` (command word)", node, first.expression);
  }

  private flowsFor(kind: SinkKind, sinkLabel: string, sinkNode: ts.Node, argument: ts.Expression, receiverKind?: string): Flow[] {
    if (kind === "url" && this.hasFixedOrigin(argument)) return [];
    return this.flowsFromValue(kind, sinkLabel, sinkNode, argument, this.argumentFacts(argument, sinkNode, kind), receiverKind);
  }

  /**
   * What an argument holds; one written away from the sink (`adb("shell", …, url)` for `...args`, the
   * branch of a value a rendered element can show) shows where it is.
   */
  private argumentFacts(argument: ts.Expression, sinkNode?: ts.Node, kind?: SinkKind): readonly Fact[] {
    const facts = this.evaluator.evaluate(argument).facts;
    if (!sinkNode || facts.length === 0 || ts.findAncestor(argument, (n) => n === sinkNode) !== undefined) return facts;
    const file = argument.getSourceFile();
    const message = kind === "shell" ? "passed on as a word of the command line" : kind === "html" ? "the value rendered there" : "the value that reaches the sink";
    return withStep(facts, { file: file.fileName, start: argument.getStart(file), end: argument.getEnd(), message });
  }

  /** The flows from each source that reaches a sink (every tool parameter; otherwise the shortest path of each category). */
  sourcesReaching(kind: SinkKind, argument: ts.Expression, sinkNode?: ts.Node): Fact[] {
    const facts = this.argumentFacts(argument, sinkNode, kind);
    if (facts.length === 0 || (kind === "url" && this.hasFixedOrigin(argument))) return [];
    return this.concretize(facts, 0, new Set()).filter((f) => f.origin.kind === "source" && sinkTaintKinds.has(f.origin.category) && (isTextLike(f.shape) || (kind === "option" && holdsText(f.shape))) && !f.sanitized.has(kind));
  }

  /**
   * Input that lands in the path of a request whose host the code fixes (`${apiBase}/jobs/${id}`):
   * a `..` in it climbs to other endpoints of that API, which the request reaches with the app's
   * credentials. Text after `?` or `#`, and values encoded as one segment, cannot.
   */
  apiPathSourcesReaching(argument: ts.Expression, sinkNode: ts.Node): Fact[] {
    const reaching = (facts: readonly Fact[]): Fact[] => this.concretize(facts, 0, new Set()).filter((f) => f.origin.kind === "source" && sinkTaintKinds.has(f.origin.category) && isTextLike(f.shape) && !f.sanitized.has("api-path"));
    if (this.pathnameConfined(argument, sinkNode)) return [];
    if (this.hasFixedOrigin(argument)) {
      // The sources of the pieces before `?`, as the whole argument sees them where it is used
      // (a piece read through a constant is evaluated where the constant was made, before any guard).
      const inPath = new Set<string>();
      for (const piece of mergeText(urlPieces(argument, this.constInitializer, 0))) {
        if (typeof piece === "string") {
          if (/[?#]/.test(piece)) break;
        } else for (const fact of reaching(this.argumentFacts(piece, sinkNode, "url"))) inPath.add(originKey(fact));
      }
      return inPath.size === 0 ? [] : reaching(this.argumentFacts(argument, sinkNode, "url")).filter((f) => inPath.has(originKey(f)));
    }
    // The host was settled where the URL was built: the value says so.
    return reaching(this.argumentFacts(argument, sinkNode, "url")).filter((f) => f.sanitized.has("url"));
  }

  /**
   * The sources in the path parameters of a client that encodes each as one segment (openapi-fetch's
   * `{ params: { path: { name } } }`) and that nothing refuses `.` or `..` in: encoded, a lone `..`
   * still climbs to the parent resource.
   */
  dotSegmentSourcesReaching(options: ts.Expression, sinkNode: ts.Node): Fact[] {
    let facts: readonly Fact[] = this.argumentFacts(options, sinkNode, "dot-segment");
    for (const name of ["params", "path", anyKey]) facts = accessFacts(facts, { op: "prop", name }, this.catalogue.metadataFields);
    return this.concretize(facts, 0, new Set()).filter((f) => f.origin.kind === "source" && sinkTaintKinds.has(f.origin.category) && isTextLike(f.shape) && !f.sanitized.has("dot-segment"));
  }

  /**
   * Whether a request goes out with credentials: a header or field that carries them
   * (`Authorization`, `Private-Token`, `x-api-key`, `apiKey`, a cookie) in its options, in the
   * helpers and constants those options are built from (`{ ...getFetchConfig() }`), or set on the
   * headers in the function that sends it (`headers.Authorization = …`). Without them a `..` in its
   * path reaches nothing the model could not ask for directly.
   */
  carriesCredentials(sinkNode: ts.Node): boolean {
    if (!ts.isCallExpression(sinkNode) && !ts.isNewExpression(sinkNode)) return false;
    const seen = new Set<ts.Node>();
    const names = (node: ts.Node | undefined): boolean => {
      if (!node) return false;
      if (ts.isStringLiteralLike(node) || ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) return credentialKey.test(node.text);
      if (ts.isComputedPropertyName(node)) return names(node.expression);
      return false;
    };
    const visit = (node: ts.Node, depth: number): boolean => {
      if (seen.has(node) || seen.size > 4000) return false;
      seen.add(node);
      if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && names(node.name)) return true;
      // `headers.Authorization = …`, `headers["PRIVATE-TOKEN"] = …`, `headers.set("Authorization", …)`.
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && (ts.isPropertyAccessExpression(node.left) ? names(node.left.name) : ts.isElementAccessExpression(node.left) && names(node.left.argumentExpression))) return true;
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ["set", "append"].includes(node.expression.name.text) && names(node.arguments[0])) return true;
      if (depth < 3 && (ts.isCallExpression(node) || ts.isIdentifier(node))) {
        // What the options are built from: a helper's body, a constant's initializer.
        const target = ts.isCallExpression(node) ? node.expression : node;
        for (const fn of this.evaluator.evaluate(target).functions) {
          const body = "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
          if (body && visit(body, depth + 1)) return true;
        }
        if (ts.isIdentifier(node)) {
          const initializer = this.constInitializer(node);
          if (initializer && visit(initializer, depth + 1)) return true;
        }
      }
      return ts.forEachChild(node, (child) => visit(child, depth) || undefined) ?? false;
    };
    const options = (sinkNode.arguments ?? []).slice(1);
    if (options.some((option) => visit(option, 0))) return true;
    // The function that sends it, and the one around that (`const exec = async () => this.#fetch(url, { headers })` in `#request`).
    let sender = ts.findAncestor(sinkNode.parent, ts.isFunctionLike);
    for (let level = 0; sender && level < 2; level++, sender = ts.findAncestor(sender.parent, ts.isFunctionLike)) {
      const body = "body" in sender ? (sender.body as ts.Node | undefined) : undefined;
      // Read where it stands, without following the helpers it calls (error handling, retries).
      if (body && visit(body, 3)) return true;
    }
    return false;
  }

  /**
   * `const url = new URL(…); if (!url.pathname.startsWith("/client/v4/radar/")) throw …` before the
   * request: the parsed path, `..` resolved, is held under a fixed prefix.
   */
  private pathnameConfined(argument: ts.Expression, sinkNode: ts.Node): boolean {
    let root: ts.Expression = argument;
    while (ts.isCallExpression(root) || ts.isPropertyAccessExpression(root)) root = ts.isCallExpression(root) ? root.expression : root.expression;
    if (!ts.isIdentifier(root)) return false;
    const declaration = this.evaluator.scopes.resolve(root)?.declaration;
    if (!declaration) return false;
    const scope = ts.findAncestor(sinkNode, ts.isFunctionLike);
    if (!scope) return false;
    let confined = false;
    const visit = (node: ts.Node): void => {
      if (confined || node.pos >= sinkNode.pos) return;
      if (ts.isIfStatement(node)) {
        let condition = node.expression;
        while (ts.isParenthesizedExpression(condition)) condition = condition.expression;
        if (ts.isPrefixUnaryExpression(condition) && condition.operator === ts.SyntaxKind.ExclamationToken) {
          const test = condition.operand;
          if (ts.isCallExpression(test) && ts.isPropertyAccessExpression(test.expression) && test.expression.name.text === "startsWith") {
            const checked = test.expression.expression;
            const prefix = test.arguments[0] && this.evaluator.constantString(test.arguments[0]);
            if (ts.isPropertyAccessExpression(checked) && checked.name.text === "pathname" && ts.isIdentifier(checked.expression) && this.evaluator.scopes.resolve(checked.expression)?.declaration === declaration && prefix?.startsWith("/") && prefix.endsWith("/") && exitsBranch(node.thenStatement)) confined = true;
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(scope);
    return confined;
  }

  private flowsFromValue(kind: SinkKind, sinkLabel: string, sinkNode: ts.Node, argument: ts.Expression, facts: readonly Fact[], receiverKind?: string): Flow[] {
    if (facts.length === 0) return [];
    const reaching = this.concretize(facts, 0, new Set()).filter((f) => f.origin.kind === "source" && (isTextLike(f.shape) || (kind === "url" && choosesUrl(f.shape)) || (kind === "option" && holdsText(f.shape))) && !f.sanitized.has(kind) && !(f.origin.browserOnly && browserSafeKinds.has(kind)));
    const file = sinkNode.getSourceFile();
    const sinkStep: Step = { file: file.fileName, start: sinkNode.getStart(file), end: sinkNode.getEnd(), message: `reaches ${sinkLabel}` };
    const flows: Flow[] = [];
    for (const category of sinkTaintKinds) {
      const best = reaching.filter((f) => f.origin.kind === "source" && f.origin.category === category).sort((a, b) => a.steps.length - b.steps.length)[0];
      if (!best || best.origin.kind !== "source") continue;
      flows.push({ kind, sinkLabel, sinkNode, argument, source: best.origin, steps: [...best.steps, sinkStep], ...(receiverKind ? { receiverKind } : {}) });
    }
    return flows;
  }

  private sinkLabel(sink: CallSink, node: ts.CallExpression | ts.NewExpression): string {
    if ("method" in sink.callee) {
      const text = calleeText(node.expression);
      return text.length <= 40 ? text : sink.label;
    }
    return sink.label;
  }

  /**
   * Where a request goes, as far as the code fixes it: whether its host is fixed (see
   * `hasFixedOrigin`), and the literal text of the URL (`https://hooks.slack.com/…`, `/search`).
   */
  describeUrl(expression: ts.Expression): { readonly hostFixed: boolean; readonly literalText: string } {
    const pieces = urlPieces(expression, this.constInitializer, 0);
    const literalText = pieces.filter((p): p is string => typeof p === "string").join("");
    const constant = pieces.every((p) => typeof p === "string");
    return { hostFixed: constant || this.hasFixedOrigin(expression), literalText };
  }

  /**
   * `https://api.example.com/search?q=${x}`, or `base + path + "?" + params` with a clean
   * `base` and `path`: the model chooses a query, not where the request goes.
   */
  private hasFixedOrigin(expression: ts.Expression): boolean {
    const pieces = mergeText(urlPieces(expression, this.constInitializer, 0));
    if (pieces.length < 2) return false;
    const head = pieces[0];
    if (typeof head === "string" && /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+[/?#]/i.test(head)) return true;
    // Model output may come only after the host is settled: after a literal `?` or `#`, or after
    // a literal `/` that follows clean text (`${this.baseUrl}/research/${id}`, a configured base
    // URL holds its host) or starts a relative URL (`/api/items/${id}`).
    let cleanBefore = false;
    for (const piece of pieces) {
      if (typeof piece === "string") {
        if (/[?#]/.test(piece)) return true;
        if (/^\/(?!\/)/.test(piece) && (cleanBefore || piece === head)) return true;
        cleanBefore = true;
      } else if (this.sourcesReaching("url", piece).length > 0) {
        return false;
      } else {
        cleanBefore = true;
      }
    }
    return false;
  }

  /** The initializer of the `const` an identifier names, for reading URLs through constants. */
  private readonly constInitializer = (identifier: ts.Identifier): ts.Expression | undefined => {
    const declaration = this.evaluator.scopes.resolve(identifier)?.declaration;
    if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer || !ts.isIdentifier(declaration.name)) return undefined;
    if (declaration.parent.flags & ts.NodeFlags.Const) return declaration.initializer;
    // A `let` never written again is a constant too (`let editURL = \`/api/chat/title?…\``).
    const scope = ts.findAncestor(declaration, (n) => ts.isFunctionLike(n) || ts.isSourceFile(n));
    let written = false;
    let appended = false;
    const name = declaration.name.text;
    const visit = (node: ts.Node): void => {
      if (written) return;
      const target = ts.isBinaryExpression(node) && isAssignmentOperator(node.operatorToken.kind) ? node.left : (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken) ? node.operand : undefined;
      if (target && ts.isIdentifier(target) && target.text === name && this.evaluator.scopes.resolve(target)?.declaration === declaration) {
        if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) appended = true;
        else written = true;
      }
      ts.forEachChild(node, visit);
    };
    if (scope) visit(scope);
    if (written) return undefined;
    // `let url = \`/repositories/${slug}/commits\`; if (branch) url += \`/${branch}\``: text appended after
    // the start the code wrote leaves where it begins; what follows is unknown.
    return appended ? ts.factory.createBinaryExpression(declaration.initializer, ts.SyntaxKind.PlusToken, declaration.name) : declaration.initializer;
  };

  /** A query call on a receiver of unknown kind: its text reads as SQL, or the receiver is named like a database handle. */
  private isSqlCall(node: ts.CallExpression | ts.NewExpression): boolean {
    const arg = node.arguments?.[0];
    if (!arg) return false;
    if (this.looksLikeSql(arg)) return true;
    const callee = node.expression;
    if (!ts.isPropertyAccessExpression(callee) || !this.catalogue.databaseReceiverMethods.has(callee.name.text)) return false;
    const receiver = callee.expression;
    const receiverName = ts.isIdentifier(receiver) ? receiver.text : ts.isPropertyAccessExpression(receiver) ? receiver.name.text : undefined;
    // `database.query(databaseId, { sql })`: the SQL travels in the options, the first argument names the database.
    const options = node.arguments?.[1];
    return receiverName !== undefined && this.catalogue.databaseReceiverName.test(receiverName) && !ts.isObjectLiteralExpression(arg) && !(options && sqlOptions(options));
  }

  /** SQL text built from pieces: a template or concatenation whose literal parts read as SQL. */
  private looksLikeSql(expression: ts.Expression): boolean {
    let expr = expression;
    if (ts.isIdentifier(expr)) {
      const binding = this.evaluator.scopes.resolve(expr);
      const declaration = binding?.declaration;
      if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return false;
      expr = declaration.initializer;
    }
    if (ts.isTemplateExpression(expr)) return sqlStart.test(expr.head.text);
    if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      let leftmost: ts.Expression = expr;
      while (ts.isBinaryExpression(leftmost) && leftmost.operatorToken.kind === ts.SyntaxKind.PlusToken) leftmost = leftmost.left;
      return ts.isStringLiteralLike(leftmost) && sqlStart.test(leftmost.text);
    }
    return false;
  }

  // ── callers ──────────────────────────────────────────────────────────────────────────────

  /** Facts with every parameter replaced by what callers pass: the sources that can reach here. */
  concretizeFacts(facts: readonly Fact[]): Fact[] {
    return facts.length === 0 ? [] : this.concretize(facts, 0, new Set());
  }

  /** Replaces facts that enter through a parameter by what the function's callers pass. */
  private concretize(facts: readonly Fact[], depth: number, visited: Set<ts.SignatureDeclaration>): Fact[] {
    const result: Fact[] = [];
    for (const fact of facts) {
      if (fact.origin.kind === "source") {
        result.push(fact);
        continue;
      }
      const { fn, index } = fact.origin;
      if (depth >= maxCallerDepth || visited.has(fn)) {
        this.evaluator.cycles.cutShort();
        continue;
      }
      for (const passed of this.passedTo(fn, index, depth, visited)) {
        if (fact.serverOnly && passed.origin.kind === "source" && passed.origin.browserOnly) continue;
        let applied: Fact[] = [{ ...passed, sanitized: new Set([...passed.sanitized, ...fact.sanitized]), ...(fact.serverOnly ? { serverOnly: true as const } : {}) }];
        for (const access of fact.accesses) applied = applied.flatMap((f) => this.applyAccess(f, access));
        result.push(...applied.map((f) => ({ ...f, steps: [...f.steps, ...fact.steps] })));
      }
    }
    return result;
  }

  /**
   * The sources callers pass into one parameter, each with its path to the call: computed once
   * per parameter, so a helper called from many places along many paths costs each path once
   * (recomputing per path grew exponentially with the depth of the call graph).
   */
  private passedTo(fn: ts.SignatureDeclaration, index: number, depth: number, visited: Set<ts.SignatureDeclaration>): readonly Fact[] {
    const key = `${index}`;
    let byIndex = this.passedMemo.get(fn);
    if (!byIndex) this.passedMemo.set(fn, (byIndex = new Map()));
    const memo = byIndex;
    return this.evaluator.cycles.run(`${fn.getSourceFile().fileName}:${fn.pos}:passed:${index}`, memo.get(key), (v) => (v ? memo.set(key, v) : memo.delete(key)), [], () => this.computePassedTo(fn, index, depth, visited));
  }

  private computePassedTo(fn: ts.SignatureDeclaration, index: number, depth: number, visited: Set<ts.SignatureDeclaration>): readonly Fact[] {
    const nextVisited = new Set(visited).add(fn);
    const name = functionName(fn);
    const callee = name === undefined ? "a function" : name === "default" ? "the default export" : `'${name}'`;
    const parameter = fn.parameters[index];
    const found: Fact[] = [];
    for (const call of this.callSites(fn)) {
      const file = call.getSourceFile();
      const step: Step = { file: file.fileName, start: call.getStart(file), end: call.getEnd(), message: `passed to ${callee} as '${parameter?.name.getText() ?? `argument ${index + 1}`}'` };
      for (const value of this.argumentValues(call, index, parameter)) {
        const withCall = value.facts.map((f) => ({ ...f, steps: [...f.steps, step] }));
        found.push(...this.concretize(withCall, depth + 1, nextVisited));
      }
    }
    return bounded({ ...emptyValue, facts: found }).facts;
  }

  private argumentValues(call: CallSite, index: number, parameter: ts.ParameterDeclaration | undefined): Value[] {
    if (ts.isJsxOpeningElement(call) || ts.isJsxSelfClosingElement(call)) return index === 0 ? [this.jsxProps(call)] : [];
    const args = call.arguments ?? ts.factory.createNodeArray<ts.Expression>();
    if (parameter?.dotDotDotToken) return args.slice(index).map((a) => this.evaluator.evaluate(a));
    const arg = args[index];
    return arg ? [this.evaluator.evaluate(arg)] : [];
  }

  /** The props object a component receives from `<Answer reply={text} {...rest} />`. */
  private jsxProps(element: ts.JsxOpeningLikeElement): Value {
    const facts: Fact[] = [];
    for (const attribute of element.attributes.properties) {
      if (ts.isJsxSpreadAttribute(attribute)) {
        facts.push(...this.evaluator.evaluate(attribute.expression).facts);
        continue;
      }
      const initializer = attribute.initializer;
      const expression = initializer && ts.isJsxExpression(initializer) ? initializer.expression : undefined;
      if (!expression) continue;
      const name = attribute.name.getText();
      for (const fact of this.evaluator.evaluate(expression).facts) facts.push(asProp(fact, name));
    }
    // `<Markdown>{text}</Markdown>`: what stands between the tags is the `children` prop.
    if (ts.isJsxOpeningElement(element)) {
      for (const child of element.parent.children) {
        if (!ts.isJsxExpression(child) || !child.expression) continue;
        for (const fact of this.evaluator.evaluate(child.expression).facts) facts.push(asProp(fact, "children"));
      }
    }
    return { ...emptyValue, facts };
  }

  private applyAccess(fact: Fact, access: Access): Fact[] {
    return accessFacts([fact], access, this.catalogue.metadataFields);
  }

  /** Calls of a function from the files of the run that can see it. */
  private callSites(fn: ts.SignatureDeclaration): CallSite[] {
    // Which calls reach `fn` is found by evaluating callees, which may be unfinished values: kept only when complete.
    return this.evaluator.cycles.run(`${fn.getSourceFile().fileName}:${fn.pos}:calls`, this.callSiteMemo.get(fn), (v) => (v ? this.callSiteMemo.set(fn, v) : this.callSiteMemo.delete(fn)), [], () => this.findCallSites(fn));
  }

  private findCallSites(fn: ts.SignatureDeclaration): CallSite[] {
    const name = functionName(fn);
    const sites: CallSite[] = [];
    if (!name) {
      sites.push(...this.callsThroughParameters(fn, "", []), ...this.callsOfMadeFunction(fn));
      return sites;
    }
    const home = fn.getSourceFile().fileName;
    const names = [name, ...aliasesOf(fn, name), ...this.renamesOf(name, home), ...(isDefaultExport(fn) ? this.defaultImportNames(home) : [])];
    // Callers of `handler: getFigmaData` call it as `tool.handler(…)`, often from a file that imports the object.
    // Through barrels too: a module that re-exports the function passes its callers on.
    const near = this.callerFiles(fn);
    const candidates = [...near, ...this.distantMethodCallerFiles(fn, near)];
    if (ts.isMethodDeclaration(fn)) names.push(...this.boundAliases(name, candidates));
    for (const file of candidates) {
      const sourceFile = this.load(file);
      if (!sourceFile) continue;
      for (const calledAs of names) {
        // A cheap text test spares building the call index of an importer that never names it.
        if (file !== home && !sourceFile.text.includes(calledAs)) continue;
        for (const node of this.callIndex(sourceFile).get(calledAs) ?? []) {
          const callee = ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node) ? node.tagName : node.expression;
          const { value, partial } = this.evaluator.cycles.tracked(() => this.evaluator.evaluate(callee as ts.Expression));
          // A callee whose value is still being computed further up (`const { run } = useStream()`, where the
          // hook's state depends on who calls `run`) may lack its functions here; a call by the function's
          // own name, from a file that can see it, is then taken at its word.
          const unfinished = partial && value.functions.length === 0;
          if (value.functions.includes(fn) || unfinished || (ts.isConstructorDeclaration(fn) && ts.isNewExpression(node) && value.classes.includes(fn.parent))) sites.push(node);
        }
      }
    }
    sites.push(...this.callsThroughParameters(fn, name, candidates));
    const tables = { textOf: (file: string) => this.imports.textOf(file), importersOf: (file: string) => [...this.imports.importersOf(file)], load: this.load, evaluator: this.evaluator, valueNames: this.tableValueNames };
    for (const site of callsThroughTables(fn, name, [home, ...candidates], tables)) if (!sites.includes(site)) sites.push(site);
    return sites;
  }

  /**
   * A function a factory returns (`wrapToolHandler(handler) { return async (name, args) => … }`) is
   * called where what the factory made is held: `const wrapped = wrapToolHandler(h); wrapped(name, args)`,
   * or at once: `wrapToolHandler(h)(name, args)`.
   */
  private callsOfMadeFunction(fn: ts.SignatureDeclaration): CallSite[] {
    const self = outermostTypeWrapper(fn);
    const parent = self.parent;
    const factory = parent && ts.isReturnStatement(parent) ? ts.findAncestor(parent, ts.isFunctionLike) : parent && ts.isArrowFunction(parent) && parent.body === self ? parent : undefined;
    if (!factory || !ts.isFunctionLike(factory) || !functionName(factory)) return [];
    const sites: CallSite[] = [];
    for (const made of this.callSites(factory)) {
      if (!ts.isCallExpression(made)) continue;
      const holder = outermostTypeWrapper(made).parent;
      if (holder && ts.isCallExpression(holder) && holder.expression === outermostTypeWrapper(made)) sites.push(holder);
      if (!holder || !ts.isVariableDeclaration(holder) || !ts.isIdentifier(holder.name)) continue;
      const held = holder.name.text;
      const scope = ts.findAncestor(holder, (n) => ts.isFunctionLike(n) || ts.isSourceFile(n)) ?? holder.getSourceFile();
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === held && this.evaluator.scopes.resolve(node.expression)?.declaration === holder) sites.push(node);
        ts.forEachChild(node, visit);
      };
      visit(scope);
    }
    return sites;
  }

  /** Whether any file of the run imports one of these packages (a browser driver whose pages are handed around untyped). */
  private projectImports(modules: readonly string[]): boolean {
    const key = modules.join(",");
    let known = this.projectImportMemo.get(key);
    if (known === undefined) {
      known = this.imports.files().some((file) => {
        const text = this.imports.textOf(file);
        return modules.some((module) => text.includes(`"${module}"`) || text.includes(`'${module}'`));
      });
      this.projectImportMemo.set(key, known);
    }
    return known;
  }

  /** Local names importers give a function: `import { writeInbox as teamWriteInbox }`, `export { f as g }`. */
  /** The names importers give a module's default export: `import ChatHistory from "./ChatHistory"`. */
  private defaultImportNames(home: string): string[] {
    const names = new Set<string>();
    for (const file of this.imports.importersOf(home)) {
      const sourceFile = this.load(file);
      for (const statement of sourceFile?.statements ?? []) {
        if (!ts.isImportDeclaration(statement) || !statement.importClause?.name || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
        if (resolveModule(statement.moduleSpecifier.text, file)?.resolvedFileName === home) names.add(statement.importClause.name.text);
      }
    }
    return [...names];
  }

  private renamesOf(name: string, home: string): string[] {
    const renames = new Set<string>();
    for (const file of this.imports.importersOf(home)) {
      const sourceFile = this.load(file);
      if (!sourceFile || !sourceFile.text.includes(` as `) || !sourceFile.text.includes(name)) continue;
      for (const statement of sourceFile.statements) {
        const clause = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : ts.isExportDeclaration(statement) ? statement.exportClause : undefined;
        if (!clause || !(ts.isNamedImports(clause) || ts.isNamedExports(clause))) continue;
        for (const element of clause.elements) if (element.propertyName?.getText(sourceFile) === name) renames.add(element.name.text);
      }
    }
    return [...renames];
  }

  /**
   * A function handed to another as an argument (`stream(url, (chunk) => …)`, `{ onmessage(ev) {…} }`,
   * `fetcher.getStream(url, onChunk)`) is called there through the parameter: those calls are its
   * call sites too (one level deep).
   */
  private callsThroughParameters(fn: ts.SignatureDeclaration, name: string, files: readonly string[]): CallSite[] {
    const handOvers: { call: ts.CallExpression; index: number; field?: string }[] = [];
    const holder = ts.isMethodDeclaration(fn) ? fn : fn.parent;
    if (ts.isCallExpression(holder) && holder.arguments.includes(fn as unknown as ts.Expression)) {
      handOvers.push({ call: holder, index: holder.arguments.indexOf(fn as unknown as ts.Expression) });
    } else if ((ts.isPropertyAssignment(holder) || ts.isMethodDeclaration(holder)) && holder.name && ts.isObjectLiteralExpression(holder.parent) && ts.isCallExpression(holder.parent.parent)) {
      const call = holder.parent.parent;
      const field = ts.isIdentifier(holder.name) || ts.isStringLiteral(holder.name) ? holder.name.text : undefined;
      if (field) handOvers.push({ call, index: call.arguments.indexOf(holder.parent), field });
    } else if ((ts.isPropertyAssignment(holder) || ts.isMethodDeclaration(holder)) && holder.name && ts.isObjectLiteralExpression(holder.parent) && ts.isVariableDeclaration(holder.parent.parent) && ts.isIdentifier(holder.parent.parent.name)) {
      // `const tool = { execute: async (input) => … }; invokeModel(tool)`: the object handed over by its name.
      const field = ts.isIdentifier(holder.name) || ts.isStringLiteral(holder.name) ? holder.name.text : undefined;
      const declaration = holder.parent.parent;
      const scope = ts.findAncestor(declaration, (n) => ts.isBlock(n) || ts.isSourceFile(n)) ?? declaration.getSourceFile();
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node)) {
          node.arguments.forEach((argument, index) => {
            if (field && ts.isIdentifier(argument) && this.evaluator.scopes.resolve(argument)?.declaration === declaration) handOvers.push({ call: node, index, field });
          });
        }
        ts.forEachChild(node, visit);
      };
      visit(scope);
    } else {
      handOvers.push(...this.passedByName(fn, name, files));
    }
    const sites: CallSite[] = [];
    // A receiver may hand the callback on once more (`multiplexStream({ chatHandler })` → `this.streamChat(…, chatHandler)`).
    let round: readonly { call: ts.CallExpression; index: number; field?: string }[] = handOvers;
    for (let depth = 0; depth < maxHandOverDepth && round.length > 0; depth++) {
      const next: { call: ts.CallExpression; index: number; field?: string }[] = [];
      for (const { call, index, field } of round) {
        if (index < 0) continue;
        for (const receiver of this.evaluator.evaluate(call.expression).functions) {
          const parameter = receiver.parameters[index];
          const body = "body" in receiver ? (receiver.body as ts.Node | undefined) : undefined;
          if (!parameter || !body) continue;
          const viaParameter = (callee: ts.Expression): boolean => {
            const target = ts.isPropertyAccessExpression(callee) ? callee.expression : callee;
            const member = ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
            if (!ts.isIdentifier(target)) return false;
            const declaration = this.evaluator.scopes.resolve(target)?.declaration;
            if (!declaration) return false;
            if (field === undefined) return declaration === parameter && member === undefined;
            // `options.onmessage(…)`, or `{ onmessage } = options` / a destructured parameter.
            if (declaration === parameter) return ts.isObjectBindingPattern(parameter.name) ? member === undefined && bindsField(parameter.name, field, target.text) : member === field;
            return member === undefined && target.text === field && ((ts.isBindingElement(declaration) && isInside(declaration, parameter)) || (ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined && ts.isIdentifier(declaration.initializer) && this.evaluator.scopes.resolve(declaration.initializer)?.declaration === parameter));
          };
          const isParameter = (e: ts.Expression): boolean => ts.isIdentifier(e) && this.evaluator.scopes.resolve(e)?.declaration === parameter && !ts.isObjectBindingPattern(parameter.name);
          const wholeParameter = (argument: ts.Expression): boolean => isParameter(argument) || (ts.isObjectLiteralExpression(argument) && argument.properties.some((p) => ts.isSpreadAssignment(p) && isParameter(p.expression)));
          // `onReading(cb) { this.onReadingCallback = cb; }`: the class calls it later as `this.onReadingCallback(…)`.
          const storedAs: string[] = [];
          const visit = (node: ts.Node): void => {
            if (ts.isCallExpression(node)) {
              if (viaParameter(unwrapOptional(node.expression))) sites.push(node);
              node.arguments.forEach((argument, position) => {
                if (ts.isIdentifier(argument) && viaParameter(argument)) next.push({ call: node, index: position });
                // The options object holding the callback handed on whole (`stream(url, options)`) or spread
                // into another (`stream(url, { ...options, signal })`): the callback keeps its field.
                else if (field !== undefined && wholeParameter(argument)) next.push({ call: node, index: position, field });
              });
            }
            if (field === undefined && ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && node.left.expression.kind === ts.SyntaxKind.ThisKeyword && ts.isIdentifier(node.right) && viaParameter(node.right)) storedAs.push(node.left.name.text);
            ts.forEachChild(node, visit);
          };
          visit(body);
          const cls = storedAs.length > 0 ? ts.findAncestor(receiver, ts.isClassLike) : undefined;
          if (cls) sites.push(...thisFieldCalls(cls, storedAs));
        }
      }
      round = next;
    }
    return sites;
  }

  /** Calls that pass a function by its name: `getStream(url, onChunk)`, `server.tool(name, schema, stopSandbox)`. */
  passedByName(fn: ts.SignatureDeclaration, name: string, files: readonly string[]): { call: ts.CallExpression; index: number }[] {
    const found: { call: ts.CallExpression; index: number }[] = [];
    for (const file of files) {
      if (!this.imports.textOf(file).includes(name)) continue;
      const sourceFile = this.load(file);
      if (!sourceFile) continue;
      for (const calls of this.callIndex(sourceFile).values()) {
        for (const call of calls) {
          if (!ts.isCallExpression(call)) continue;
          call.arguments.forEach((arg, index) => {
            if (ts.isIdentifier(arg) && arg.text === name && this.evaluator.evaluate(arg).functions.includes(fn)) found.push({ call, index });
          });
        }
      }
    }
    return found;
  }

  /** The files that can call a function: its own, its importers, and the importers of barrels that re-export it. */
  callerFiles(fn: ts.SignatureDeclaration): string[] {
    const home = fn.getSourceFile().fileName;
    const importers = [...this.imports.importersOf(home)];
    // `export * from "./x"`, `export { a } from "./x"`, or the names it imported exported again (`export { a, b }`).
    const barrels = importers.filter((file) => /export\s*(\*[^;]*from|\{)/.test(this.imports.textOf(file)));
    // A method is called on instances, which travel: a factory module that builds them hands them
    // to its own importers (`make().runQuery(q)` in a file that never imports the class).
    const method = ts.isMethodDeclaration(fn) && ts.isClassLike(fn.parent);
    const further = method ? importers.flatMap((f) => [...this.imports.importersOf(f)]) : barrels.flatMap((f) => [...this.imports.importersOf(f)]);
    return [...new Set([home, ...importers, ...further])];
  }

  /**
   * For a method: files a few imports further that call it on what a field or getter of `this`
   * holds (`this.apiClient.deleteProcessor(…)` in a subclass of the class that holds the client),
   * which reach the method through the field's declared type rather than an import.
   */
  private distantMethodCallerFiles(fn: ts.SignatureDeclaration, near: readonly string[]): string[] {
    if (!ts.isMethodDeclaration(fn) || !ts.isClassLike(fn.parent) || !fn.name || !ts.isIdentifier(fn.name)) return [];
    const name = fn.name.text;
    // Called on what a field or getter of `this` holds: `this.apiClient.deleteProcessor(`.
    const throughField = new RegExp(`\\bthis\\.#?[\\w$]+\\??\\.${name.replace(/\$/g, "\\$")}\\(`);
    const seen = new Set(near);
    let frontier = near.filter((file) => file !== fn.getSourceFile().fileName);
    const distant: string[] = [];
    for (let level = 0; level < maxMethodCallerLevels && frontier.length > 0; level++) {
      const next: string[] = [];
      for (const file of frontier) for (const importer of this.imports.importersOf(file)) if (!seen.has(importer)) (seen.add(importer), next.push(importer));
      distant.push(...next.filter((file) => throughField.test(this.imports.textOf(file)) || this.imports.textOf(file).includes(`.${name}.bind(`)));
      frontier = next;
    }
    return distant;
  }

  /** The names a method is held under once bound: `createChat` of `this.createChat = client.chat.bind(client)`. */
  private boundAliases(name: string, files: readonly string[]): string[] {
    const aliases = new Set<string>();
    const isBound = (expression: ts.Expression | undefined): boolean => {
      const expr = expression && skipTypeWrappers(expression);
      return !!expr && ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && expr.expression.name.text === "bind" && ts.isPropertyAccessExpression(expr.expression.expression) && expr.expression.expression.name.text === name;
    };
    for (const file of files) {
      if (!this.imports.textOf(file).includes(`.${name}.bind(`)) continue;
      const sourceFile = this.load(file);
      if (!sourceFile) continue;
      const visit = (node: ts.Node): void => {
        if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && isBound(node.right)) {
          if (ts.isPropertyAccessExpression(node.left)) aliases.add(node.left.name.text);
          else if (ts.isIdentifier(node.left)) aliases.add(node.left.text);
        }
        if ((ts.isVariableDeclaration(node) || ts.isPropertyDeclaration(node) || ts.isPropertyAssignment(node)) && ts.isIdentifier(node.name) && isBound(node.initializer)) aliases.add(node.name.text);
        ts.forEachChild(node, visit);
      };
      visit(sourceFile);
    }
    aliases.delete(name);
    return [...aliases];
  }

  /** Calls, in the declaring module and its importers, of what a variable holds: `setStream(id, s)` of `const setStream = action(…)`. */
  private heldCalls(declaration: ts.VariableDeclaration): ts.CallExpression[] {
    if (!ts.isIdentifier(declaration.name) || !declaration.initializer) return [];
    const name = declaration.name.text;
    const home = declaration.getSourceFile().fileName;
    const calls: ts.CallExpression[] = [];
    for (const file of [home, ...this.imports.importersOf(home)]) {
      if (!this.imports.textOf(file).includes(name)) continue;
      const sourceFile = this.load(file);
      if (!sourceFile) continue;
      for (const call of this.callIndex(sourceFile).get(name) ?? []) {
        if (ts.isCallExpression(call) && this.evaluator.definitionOf(call.expression) === declaration.initializer) calls.push(call);
      }
    }
    return calls;
  }

  /** Classes of the class's module and its importers that extend it (`class OpenAIReader extends BaseReader`). */
  private subclassesOf(cls: ts.ClassLikeDeclaration): readonly ts.ClassLikeDeclaration[] {
    const cached = this.subclassMemo.get(cls);
    if (cached) return cached;
    const found: ts.ClassLikeDeclaration[] = [];
    this.subclassMemo.set(cls, found);
    const name = cls.name?.text;
    if (!name) return found;
    const home = cls.getSourceFile().fileName;
    const pattern = new RegExp(`extends\\s+(\\w+\\.)?${name.replace(/\$/g, "\\$")}\\b`);
    for (const file of [home, ...this.imports.importersOf(home)]) {
      if (!pattern.test(this.imports.textOf(file))) continue;
      const sourceFile = this.load(file);
      if (!sourceFile) continue;
      for (const node of analysisNodes(sourceFile)) {
        if (!ts.isClassDeclaration(node) && !ts.isClassExpression(node)) continue;
        const heritage = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
        if (heritage && node !== cls && this.evaluator.evaluate(heritage).classes.includes(cls)) found.push(node);
      }
    }
    return found;
  }

  /**
   * Classes of an interface's module and of the files a few imports from it that implement it
   * (`class BaseLLM implements ILLM`), resolved to the same declaration.
   */
  private implementersOf(home: TypeHome): readonly ts.ClassLikeDeclaration[] {
    const key = `${home.file}#${home.name}`;
    const cached = this.implementerMemo.get(key);
    if (cached) return cached;
    const found: ts.ClassLikeDeclaration[] = [];
    this.implementerMemo.set(key, found);
    const pattern = new RegExp(`implements\\s[^{]*\\b${home.name.replace(/\$/g, "\\$")}\\b`);
    const files = new Set([home.file]);
    let frontier = [home.file];
    for (let level = 0; level < maxImplementerLevels; level++) {
      const next: string[] = [];
      for (const file of frontier) for (const importer of this.imports.importersOf(file)) if (!files.has(importer)) (files.add(importer), next.push(importer));
      frontier = next;
    }
    for (const file of files) {
      if (!pattern.test(this.imports.textOf(file))) continue;
      const sourceFile = this.load(file);
      if (!sourceFile) continue;
      for (const node of analysisNodes(sourceFile)) {
        if (!ts.isClassDeclaration(node) && !ts.isClassExpression(node)) continue;
        const implemented = (node.heritageClauses ?? []).filter((h) => h.token === ts.SyntaxKind.ImplementsKeyword).flatMap((h) => h.types.map((t) => t.expression));
        const same = implemented.some((e) => {
          if (!ts.isIdentifier(e) || e.text !== home.name) return false;
          const where = this.evaluator.typeHome(e);
          return where !== undefined && where.file === home.file && where.name === home.name;
        });
        if (same) found.push(node);
      }
    }
    return found;
  }

  /** Every call and JSX element of a file by the name it calls: one walk per file, shared by all callers searches. */
  private callIndex(sourceFile: ts.SourceFile): Map<string, CallSite[]> {
    let index = this.callIndexes.get(sourceFile);
    if (index) return index;
    const built = new Map<string, CallSite[]>();
    const add = (name: string | undefined, node: CallSite): void => {
      if (name === undefined) return;
      const list = built.get(name);
      if (list) list.push(node);
      else built.set(name, [node]);
    };
    for (const node of analysisNodes(sourceFile)) {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) add(calleeName(node.expression), node);
      else if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && ts.isIdentifier(node.tagName)) add(node.tagName.text, node);
    }
    this.callIndexes.set(sourceFile, built);
    index = built;
    return index;
  }

  /** A file's text, without parsing it. */
  textOf(file: string): string {
    return this.imports.textOf(file);
  }

  /** The files of the run. */
  runFiles(): readonly string[] {
    return this.imports.files();
  }

  /** Files of the run that import `file` (relative imports, `require`, re-exports). */
  importersOf(file: string): ReadonlySet<string> {
    return this.imports.importersOf(file);
  }
}

/**
 * A URL built by concatenation or a template, in order: literal text as strings, other parts as
 * expressions. `c ? "?" + q : ""` counts as the start of a query string.
 */
function urlPieces(expression: ts.Expression, constInitializer: (identifier: ts.Identifier) => ts.Expression | undefined, depth: number): (string | ts.Expression)[] {
  const expr = ts.isParenthesizedExpression(expression) ? expression.expression : expression;
  const pieces = (e: ts.Expression) => urlPieces(e, constInitializer, depth);
  if (ts.isStringLiteralLike(expr)) return [expr.text];
  if (ts.isTemplateExpression(expr)) return [expr.head.text, ...expr.templateSpans.flatMap((span) => [...pieces(span.expression), span.literal.text])];
  if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) return [...pieces(expr.left), ...pieces(expr.right)];
  if (ts.isConditionalExpression(expr)) {
    const startsQuery = (branch: ts.Expression): boolean => {
      const first = pieces(branch)[0];
      return first === undefined || (typeof first === "string" && (first === "" || /^[?#]/.test(first)));
    };
    if (startsQuery(expr.whenTrue) && startsQuery(expr.whenFalse)) return ["?"];
    // `ctx === "course" ? \`/courses/${id}\` : \`/accounts/${id}\``: both start alike, whatever follows.
    const [a, b] = [pieces(expr.whenTrue)[0], pieces(expr.whenFalse)[0]];
    if (typeof a === "string" && typeof b === "string") {
      let shared = 0;
      while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
      if (shared > 0) return [a.slice(0, shared), expr];
    }
  }
  // `const BASE = "https://api.example.com"`, `const url = \`${BASE}${path}\``: read through constants.
  // (A declaration's own name stands for the text appended to it later, not read again.)
  if (ts.isIdentifier(expr) && depth < 4 && !(ts.isVariableDeclaration(expr.parent) && expr.parent.name === expr)) {
    const initializer = constInitializer(expr);
    if (initializer) return urlPieces(initializer, constInitializer, depth + 1);
  }
  return [expr];
}

/** Adjacent literal pieces joined, empty ones dropped. */
function mergeText(pieces: readonly (string | ts.Expression)[]): (string | ts.Expression)[] {
  const merged: (string | ts.Expression)[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (typeof piece === "string" && typeof last === "string") merged[merged.length - 1] = last + piece;
    else if (piece !== "") merged.push(piece);
  }
  return merged;
}

/** Property names a function is stored under in its own file: `{ handler: getFigmaData }`. */
function aliasesOf(fn: ts.SignatureDeclaration, name: string): string[] {
  if (!ts.isFunctionDeclaration(fn) && !(ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name))) return [];
  const aliases = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.initializer) && node.initializer.text === name) {
      const alias = ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : undefined;
      if (alias && alias !== name) aliases.add(alias);
    }
    ts.forEachChild(node, visit);
  };
  if (fn.getSourceFile().text.includes(`: ${name}`)) visit(fn.getSourceFile());
  return [...aliases];
}

function isInside(node: ts.Node, ancestor: ts.Node): boolean {
  for (let current: ts.Node | undefined = node; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

/** `onChunk?.(x)` and `(onChunk)(x)`: the callee itself. */
function unwrapOptional(expression: ts.Expression): ts.Expression {
  let expr = expression;
  while (ts.isParenthesizedExpression(expr) || ts.isNonNullExpression(expr)) expr = expr.expression;
  return expr;
}

/** `promisify(exec)(cmd)`: the promisified function is the callee that matters. */
function unwrapPromisify(expression: ts.Expression): ts.Expression {
  if (ts.isCallExpression(expression) && calleeName(expression.expression) === "promisify" && expression.arguments[0]) return expression.arguments[0];
  return expression;
}

function calleeName(expression: ts.Expression): string | undefined {
  // `(0, eval)(code)`: an indirect call is still a call of the last operand; a cast changes no callee.
  if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression) || ts.isNonNullExpression(expression)) return calleeName(expression.expression);
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.CommaToken) return calleeName(expression.right);
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return undefined;
}

/** Whether a file imports (or requires) one of these packages, by its text. */
function importsAny(sourceFile: ts.SourceFile, modules: readonly string[]): boolean {
  const text = sourceFile.text;
  return modules.some((module) => text.includes(`"${module}"`) || text.includes(`'${module}'`));
}

/** `(undiciFetch as unknown as typeof fetch)`: the callee under its casts and parentheses. */
function withoutCasts(expression: ts.Expression): ts.Expression {
  let expr = expression;
  while (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr) || ts.isNonNullExpression(expr)) expr = expr.expression;
  return expr;
}

/** Sinks by the name a callee ends in (`exec`, `query`, `innerHTML`…): a cheap first filter. */
function sinksByName(catalogue: Catalogue): Map<string, CallSink[]> {
  const map = new Map<string, CallSink[]>();
  const add = (name: string, sink: CallSink): void => {
    const list = map.get(name) ?? [];
    if (!list.includes(sink)) list.push(sink);
    map.set(name, list);
  };
  for (const sink of catalogue.callSinks) {
    const callee = sink.callee;
    if ("global" in callee) add(callee.global, sink);
    else if ("instanceMethod" in callee) add(callee.instanceMethod, sink);
    else if ("modules" in callee) {
      add(callee.member ?? callee.exportName, sink);
      if (callee.exportName === "default") for (const module of callee.modules) add(module.split("/").pop() ?? module, sink);
    } else add(callee.method, sink);
  }
  return map;
}

export function displayFile(file: string, fromFile: string): string {
  return file === fromFile ? "" : path.basename(file);
}

/** An initializer that may hold a sink under another name: `exec`, `cp.exec`, `promisify(exec)`. */
function isAliasInitializer(init: ts.Expression): boolean {
  // `const { execSync: sh } = require("child_process")`: a module's export under a name of the code's choosing.
  const required = ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === "require";
  // `cp["exec"]`: a member read by a literal key.
  const keyed = ts.isElementAccessExpression(init) && ts.isStringLiteralLike(init.argumentExpression);
  return required || keyed || ts.isIdentifier(init) || ts.isPropertyAccessExpression(init) || (ts.isCallExpression(init) && init.arguments.some((a) => ts.isIdentifier(a) || ts.isPropertyAccessExpression(a)));
}

/** What a generated `dangerouslySetInnerHTML` stands for in the component file. */
function htmlAttributeLabel(node: ts.Node): string {
  const framework = componentModuleOf(node.getSourceFile())?.framework;
  return framework === "vue" ? "v-html" : framework === "svelte" ? "{@html}" : "dangerouslySetInnerHTML";
}

/** `const x = new Name(…)`, `let x: Name`, `const x = await Name.create(…)`: a declaration that names the class. */
function namesClass(declaration: ts.VariableDeclaration, className: string): boolean {
  const type = declaration.type;
  if (type && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && type.typeName.text === className) return true;
  let init = declaration.initializer;
  while (init && (ts.isAwaitExpression(init) || ts.isParenthesizedExpression(init) || ts.isAsExpression(init))) init = init.expression;
  if (!init) return false;
  if (ts.isNewExpression(init)) return ts.isIdentifier(init.expression) && init.expression.text === className;
  return ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression) && ts.isIdentifier(init.expression.expression) && init.expression.expression.text === className;
}

/** `this.onReadingCallback(…)` / `this.onReadingCallback?.(…)` in a class's methods, for the given field names. */
function thisFieldCalls(cls: ts.ClassLikeDeclaration, fields: readonly string[]): ts.CallExpression[] {
  const calls: ts.CallExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = unwrapOptional(node.expression);
      if (ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.ThisKeyword && fields.includes(callee.name.text)) calls.push(node);
    }
    // A nested class has its own `this`.
    if (!ts.isClassLike(node) || node === cls) ts.forEachChild(node, visit);
  };
  visit(cls);
  return calls;
}

/** A branch that leaves: it throws or returns on every path it takes. */
function exitsBranch(statement: ts.Statement): boolean {
  if (ts.isThrowStatement(statement) || ts.isReturnStatement(statement)) return true;
  if (ts.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1];
    return last !== undefined && exitsBranch(last);
  }
  return false;
}

/** Header and option names that carry a credential. */
const credentialKey = /^(authorization|proxy-authorization|private-token|x-api-key|api-key|api_key|apikey|x-auth-token|x-access-token|access_token|cookie|x-goog-api-key|auth|bearer|token)$/i;

/** Which source a fact comes from, and which field of it. */
function originKey(fact: Fact): string {
  const origin = fact.origin;
  return origin.kind === "source" ? `${origin.file}:${origin.start}:${origin.field ?? ""}` : "";
}

/** An options object that carries the SQL text itself (`{ sql }`, `{ query }`). */
function sqlOptions(argument: ts.Expression): boolean {
  return ts.isObjectLiteralExpression(argument) && argument.properties.some((p) => p.name !== undefined && ["sql", "query"].includes(propertyNameText(p.name) ?? ""));
}
