import ts from "typescript";
import type { Catalogue } from "../catalogue";
import { calleeMatches } from "./evaluator";
import type { TaintEngine } from "./flows";
import { isTextLike } from "./shape";
import { declaredAsText, isCallerMessageList, rejectsForeignRoles, roleCopyingMap, setsRoleByItself } from "./message-roles";
import { ModelWrappers } from "./model-wrappers";
import { PromptLabels } from "./prompt-labels";
import { PromptTemplates } from "./prompt-templates";
import { clientSystemPrompts, importedOnlyByBrowser, type ClientSystemPrompt } from "./client-prompts";
import { cataloguedPackages } from "./catalogued-packages";
import { splitPackageSpecifier } from "../workspace-packages";
import { analysisNodes } from "./node-index";
import { calleeText, outermostTypeWrapper, propertyNameText, returnedExpressions, skipTypeWrappers } from "./scope";
import { accessFacts, type SourceOrigin, type Step, type TaintKind } from "./value";

/**
 * Untrusted text that ends up in a prompt: retrieved content (a document, a page, a search hit),
 * request input in an instruction position, or a secret anywhere in prompt text.
 */
export interface PromptFlow {
  readonly category: Exclude<TaintKind, "model">;
  /** `system` for the system role (or system instructions, or a tool's description), `user` otherwise. */
  readonly role: "system" | "user";
  /** Set when the text is a tool's description, which every later tool choice reads. */
  readonly toolDescription?: true;
  /** Set when a whole list of messages the caller sent is the prompt: the caller writes their roles. */
  readonly forwardedMessages?: true;
  /** Whether delimiters mark it as data (`<documents>…</documents>`, a fenced block, a labeling helper). */
  readonly labeled: boolean;
  /** Where it enters the prompt: the content expression, or the template variable's value. */
  readonly node: ts.Expression;
  /** The template literal span that interpolates it, when there is one (for the fix). */
  readonly span?: ts.TemplateSpan;
  /** What builds the prompt: "openai.chat.completions.create", "SystemMessage", "prompt template". */
  readonly sinkLabel: string;
  readonly source: SourceOrigin;
  readonly steps: readonly Step[];
}

const systemRoles = new Set(["system", "developer"]);
const promptTaintKinds = ["retrieved", "request", "secret"] as const;

/**
 * Finds where prompts are built — the prompt fields of model calls, LangChain message classes
 * and prompt templates — and which retrieved content reaches them, in which role, and whether
 * it is labeled as data.
 */
export class PromptAnalyzer {
  private readonly byFile = new WeakMap<ts.SourceFile, PromptFlow[]>();
  /** Which modules only browser code imports, by file. */
  private readonly browserModules = new Map<string, boolean>();
  private readonly templates: PromptTemplates;
  private readonly labels: PromptLabels;
  private readonly wrappers: ModelWrappers;
  private readonly sdkPackages: ReadonlySet<string>;
  /** `kind:path` of every SDK method that returns model output (`openai:chat.completions.create`). */
  private readonly modelMethods: ReadonlySet<string>;
  private readonly modelMethodNames: ReadonlySet<string>;
  /** Member paths of SDK model methods distinctive on their own (`chat.completions.create`, `messages.create`). */
  private readonly modelMethodPaths: readonly string[];

  constructor(
    private readonly catalogue: Catalogue,
    private readonly taint: TaintEngine,
    labelers: ReadonlySet<string>,
  ) {
    this.sdkPackages = cataloguedPackages(catalogue);
    this.labels = new PromptLabels(taint, labelers);
    this.wrappers = new ModelWrappers(taint, (call) => this.isModelCall(call), (call) => this.httpModelRequest(call)?.body);
    this.templates = new PromptTemplates(catalogue, taint, (value, role, label, labeled, serialized) => this.taintedFlows(value, role, label, labeled, serialized));
    const modelCalls = catalogue.memberCalls.filter((m) => m.returns !== undefined && m.category === undefined);
    this.modelMethods = new Set(modelCalls.map((m) => `${m.kind}:${m.path.join(".")}`));
    this.modelMethodPaths = [...new Set(modelCalls.filter((m) => m.path.length >= 2).map((m) => `.${m.path.join(".")}`))];
    this.modelMethodNames = new Set([
      ...modelCalls.map((m) => m.path[m.path.length - 1] ?? ""),
      ...catalogue.functionCalls.filter((f) => f.returns !== undefined && f.category === undefined).map((f) => f.member ?? f.exportName),
    ]);
  }

  /** System prompts written in browser code and sent from there. */
  clientSystemPrompts(sourceFile: ts.SourceFile): readonly ClientSystemPrompt[] {
    return clientSystemPrompts(sourceFile, this.catalogue.promptFields.system, (e) => this.writtenText(e, 0), (identifier) => this.taint.evaluator.scopes.resolve(identifier)?.declaration, (file) => importedOnlyByBrowser(file, (f) => this.taint.importersOf(f), (f) => this.taint.textOf(f), this.browserModules));
  }

  /** The text the code itself writes into a value: a constant, a template's literal parts, or what a function called for it returns. */
  private writtenText(expression: ts.Expression, depth: number): string | undefined {
    const constant = this.taint.evaluator.constantString(expression);
    if (constant !== undefined || depth > 2) return constant;
    let expr = skipTypeWrappers(expression);
    if (ts.isTaggedTemplateExpression(expr)) expr = expr.template;
    if (ts.isTemplateExpression(expr)) return [expr.head.text, ...expr.templateSpans.map((span) => span.literal.text)].join("");
    if (ts.isCallExpression(expr)) {
      for (const fn of this.taint.evaluator.evaluate(expr.expression).functions) {
        for (const returned of returnedExpressions(fn)) {
          const text = this.writtenText(returned, depth + 1);
          if (text !== undefined) return text;
        }
      }
    }
    return undefined;
  }

  flowsIn(sourceFile: ts.SourceFile): readonly PromptFlow[] {
    const cached = this.byFile.get(sourceFile);
    if (cached) return cached;
    const flows: PromptFlow[] = [];
    const templates = this.templates.variables(sourceFile);
    for (const node of analysisNodes(sourceFile)) {
      if (ts.isCallExpression(node)) {
        const direct = this.modelCallPrompts(node);
        flows.push(...direct, ...(direct.length === 0 ? [...this.wrapperCallPrompts(node), ...this.httpModelCallPrompts(node), ...this.agentPrompts(node)] : []));
        flows.push(...this.toolDescriptions(node));
        flows.push(...this.templates.invocations(node, templates), ...this.templates.sequenceInputs(node, templates), ...this.templates.retrievalChainTemplates(node));
      } else if (ts.isNewExpression(node)) {
        flows.push(...this.messageClassPrompts(node));
      }
    }
    // A message list sent by two calls is one place to fix.
    const seen = new Set<string>();
    const unique = flows.filter((flow) => {
      const key = `${flow.category}:${flow.node.getStart()}:${flow.role}:${flow.labeled}:${flow.forwardedMessages ?? false}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    this.byFile.set(sourceFile, unique);
    return unique;
  }

  /** `client.chat.completions.create({ messages, system })`, `generateText({ system, prompt })`, `model.invoke([...])`. */
  private modelCallPrompts(call: ts.CallExpression): PromptFlow[] {
    const special = this.promptCallKind(call);
    if (special) return this.specialCallPrompts(call, special);
    const firstArg = call.arguments[0];
    const isLangChainInvoke = ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === "invoke" && firstArg !== undefined && !ts.isObjectLiteralExpression(firstArg);
    const optionsArg = call.arguments.find((a) => ts.isObjectLiteralExpression(skipTypeWrappers(a))) ?? (isLangChainInvoke ? undefined : call.arguments.find((a) => ts.isIdentifier(skipTypeWrappers(a)) || ts.isCallExpression(skipTypeWrappers(a))));
    if (!optionsArg && !isLangChainInvoke) return [];
    // Options that are not written in place are read only for a callee of an SDK the catalogue knows (a project function is a wrapper, handled apart).
    if (!ts.isObjectLiteralExpression(skipTypeWrappers(optionsArg ?? call)) && !isLangChainInvoke) {
      // Named like one of those methods first: evaluating every callee would cost more than the rest of the analysis.
      const name = ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : ts.isIdentifier(call.expression) ? call.expression.text : undefined;
      if (name === undefined || !this.modelMethodNames.has(name)) return [];
      const callee = this.taint.evaluator.evaluate(call.expression);
      const sdk = callee.kinds.some((k) => this.modelMethods.has(`${k.kind}:${k.path.join(".")}`)) || callee.refs.some((r) => r.module !== "<global>" && this.sdkPackages.has(splitPackageSpecifier(r.module)?.name ?? ""));
      if (!sdk) return [];
    }
    if (!this.isModelCall(call)) return [];
    const callee = calleeText(call.expression);
    const label = callee.length <= 50 ? callee : "model call";
    const flows: PromptFlow[] = [];
    if (isLangChainInvoke && firstArg) flows.push(...here(this.contentFlows(firstArg, "user", label), firstArg), ...this.forwardedMessages(firstArg, label));
    if (optionsArg) flows.push(...this.optionFlows(this.optionObjects(optionsArg, 0), label, call, optionsArg));
    return flows;
  }

  /** `fetch("https://openrouter.ai/api/v1/chat/completions", { body: JSON.stringify({ messages }) })`, `axios.post(url, { messages })`. */
  private httpModelCallPrompts(call: ts.CallExpression): PromptFlow[] {
    const request = this.httpModelRequest(call);
    return request ? this.optionFlows(this.optionObjects(request.body, 0), `a request to ${request.host}`, call, request.body) : [];
  }

  /** The JSON body of a request to a model API, and the API's host. */
  private httpModelRequest(call: ts.CallExpression): { readonly body: ts.Expression; readonly host: string } | undefined {
    const [url, second] = call.arguments;
    if (!url || !second) return undefined;
    const callee = call.expression;
    const isFetch = ts.isIdentifier(callee) && this.taint.evaluator.evaluate(callee).refs.some((r) => (r.module === "<global>" && r.exportName === "fetch") || r.module === "node-fetch");
    const isAxiosPost = ts.isPropertyAccessExpression(callee) && callee.name.text === "post" && this.taint.evaluator.evaluate(callee.expression).kinds.some((k) => k.kind === "axios");
    if (!isFetch && !isAxiosPost) return undefined;
    const address = this.taint.describeUrl(url).literalText;
    if (!this.catalogue.modelApiUrls.some((pattern) => pattern.test(address))) return undefined;
    let body: ts.Expression | undefined = second;
    if (isFetch) {
      const init = this.optionObjects(second, 0).flatMap((o) => o.properties).find((p): p is ts.PropertyAssignment | ts.ShorthandPropertyAssignment => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && propertyNameText(p.name) === "body");
      // `{ body }`: the body built beside the call (`const body = JSON.stringify({ … })`).
      body = init && ts.isShorthandPropertyAssignment(init) ? this.constInitializerOf(init.name) : init?.initializer;
      const stringified = body && skipTypeWrappers(body);
      if (stringified && ts.isCallExpression(stringified) && calleeText(stringified.expression) === "JSON.stringify") body = stringified.arguments[0];
    }
    if (!body) return undefined;
    return { body, host: /^https?:\/\/([^/:]+)/i.exec(address)?.[1] ?? "a model API" };
  }

  /** `api.sendMessage(text, { systemMessage })`, `agent.generate(prompt)`, `beta.threads.createAndRun({ instructions })`: calls the catalogue lists by kind. */
  private promptCallKind(call: ts.CallExpression): "instructions" | "promptArgument" | undefined {
    if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
    const name = call.expression.name.text;
    const { instructionCalls, promptArgumentCalls } = this.catalogue.promptFields;
    const named = (entries: readonly { readonly path: readonly string[] }[]) => entries.some((e) => e.path[e.path.length - 1] === name);
    if (!named(instructionCalls) && !named(promptArgumentCalls)) return undefined;
    const kinds = this.taint.evaluator.evaluate(call.expression).kinds;
    const matches = (entries: readonly { readonly kind: string; readonly path: readonly string[] }[]) => kinds.some((k) => entries.some((e) => e.kind === k.kind && e.path.join(".") === k.path.join(".")));
    return matches(instructionCalls) ? "instructions" : matches(promptArgumentCalls) ? "promptArgument" : undefined;
  }

  private specialCallPrompts(call: ts.CallExpression, kind: "instructions" | "promptArgument"): PromptFlow[] {
    const callee = calleeText(call.expression);
    const label = callee.length <= 50 ? callee : "model call";
    const [first, second] = call.arguments;
    const flows: PromptFlow[] = [];
    // `runs.create(threadId, { instructions })`: the options are the object given, wherever it stands.
    const firstIsOptions = first !== undefined && ts.isObjectLiteralExpression(skipTypeWrappers(first));
    const options = kind === "instructions" ? (call.arguments.find((a) => ts.isObjectLiteralExpression(skipTypeWrappers(a))) ?? first) : firstIsOptions ? first : second;
    if (options) flows.push(...this.optionFlows(this.optionObjects(options, 0), label, call, options));
    if (kind === "promptArgument" && first && !firstIsOptions) {
      flows.push(...here(this.contentFlows(first, "user", label), first));
      // A list of messages is accepted by some of these calls (`agent.generate(messages)`), never by others (`api.sendMessage(text)`).
      if (this.acceptsMessageList(call)) flows.push(...this.forwardedMessages(first, label));
    }
    return flows;
  }

  private acceptsMessageList(call: ts.CallExpression): boolean {
    const kinds = this.taint.evaluator.evaluate(call.expression).kinds;
    return kinds.some((k) => this.catalogue.promptFields.promptArgumentCalls.some((e) => e.messages === true && e.kind === k.kind && e.path.join(".") === k.path.join(".")));
  }

  /** The prompt fields of a model call's options objects, by role. */
  private optionFlows(objects: readonly ts.ObjectLiteralExpression[], label: string, call: ts.CallExpression | ts.NewExpression, optionsArg: ts.Expression): PromptFlow[] {
    const flows: PromptFlow[] = [];
    // `const body = builder.generateBody(prompts); client.create(body)`: the helper's call is this call's too.
    const declared = ts.isIdentifier(skipTypeWrappers(optionsArg)) ? this.taint.evaluator.scopes.resolve(skipTypeWrappers(optionsArg) as ts.Identifier)?.declaration : undefined;
    const heldIn = declared && ts.isVariableDeclaration(declared) && declared.initializer && ts.isCallExpression(skipTypeWrappers(declared.initializer)) ? declared.initializer : undefined;
    for (const options of objects) {
      const entries: { name: string; value: ts.Expression }[] = [];
      for (const property of options.properties) {
        if (ts.isPropertyAssignment(property)) entries.push({ name: propertyNameText(property.name) ?? "", value: property.initializer });
        else if (ts.isShorthandPropertyAssignment(property)) entries.push({ name: property.name.text, value: property.name });
      }
      // `const options = {}; options.systemMessage = req.body.systemMessage`: fields written afterwards.
      entries.push(...this.fieldWrites(options));
      // `models.generateContent({ contents, config: { systemInstruction } })`: Google's SDK nests the instructions.
      for (const nested of entries.filter((e) => e.name === "config").flatMap((e) => this.optionObjects(e.value, 1))) {
        for (const property of nested.properties) {
          if (ts.isPropertyAssignment(property) && propertyNameText(property.name) === "systemInstruction") entries.push({ name: "systemInstruction", value: property.initializer });
          else if (ts.isShorthandPropertyAssignment(property) && property.name.text === "systemInstruction") entries.push({ name: "systemInstruction", value: property.name });
        }
      }
      // `responses.create({ ...body, model })`: the caller's whole object spread in sets any option, the instructions too.
      // Only options written at the call, or in its own function: a helper's `{ ...options }` is its callers' business.
      const ownSpreads = isWithin(options, optionsArg) || ts.findAncestor(options, ts.isFunctionLike) === ts.findAncestor(call, ts.isFunctionLike) ? options.properties.filter(ts.isSpreadAssignment) : [];
      for (const spread of ownSpreads) {
        // Request input arrives in the handler itself: a parameter's value is not looked up through every caller.
        const facts = this.taint.evaluator.evaluate(spread.expression).facts.filter((f) => f.origin.kind === "source");
        const whole = facts.filter((f) => f.origin.kind === "source" && f.origin.category === "request" && (f.shape === "data" || (typeof f.shape === "object" && f.shape.anyField === "data")));
        const best = whole.sort((a, b) => a.steps.length - b.steps.length)[0];
        if (!best || best.origin.kind !== "source") continue;
        const file = spread.getSourceFile();
        const step: Step = { file: file.fileName, start: spread.getStart(file), end: spread.getEnd(), message: "spread into the options, where it can set the instructions" };
        flows.push({ category: "request", role: "system", labeled: false, node: spread.expression, sinkLabel: label, source: best.origin, steps: [...best.steps, step] });
      }
      for (const { name, value } of entries) {
        // Options written in another file are reported at the argument the model call is given.
        const at = value.getSourceFile() === call.getSourceFile() ? value : optionsArg;
        const found: PromptFlow[] = [];
        if ((this.catalogue.promptFields.system as readonly string[]).includes(name)) found.push(...here(this.contentFlows(value, "system", label), at));
        else if ((this.catalogue.promptFields.content as readonly string[]).includes(name)) found.push(...here(this.contentFlows(value, "user", label), at));
        if (name === "messages" && !this.refusesSystemTurns(call)) found.push(...here(this.forwardedMessages(value, label), at));
        const ownOptions = isWithin(options, optionsArg) || ts.findAncestor(options, ts.isFunctionLike) === ts.findAncestor(call, ts.isFunctionLike);
        flows.push(...(ownOptions ? found : found.filter((flow) => throughThisCall(flow, options, optionsArg) || (heldIn !== undefined && throughThisCall(flow, options, heldIn)))));
      }
    }
    return flows;
  }

  /** `options.systemMessage = value` written on the `const` an object literal initializes, in its scope. */
  private fieldWrites(object: ts.ObjectLiteralExpression): { name: string; value: ts.Expression }[] {
    const declaration = outermostTypeWrapper(object).parent;
    if (!declaration || !ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name)) return [];
    const scope = ts.findAncestor(declaration, (n) => ts.isFunctionLike(n) || ts.isSourceFile(n));
    if (!scope) return [];
    const name = declaration.name.text;
    const writes: { name: string; value: ts.Expression }[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && ts.isIdentifier(node.left.expression) && node.left.expression.text === name && this.taint.evaluator.scopes.resolve(node.left.expression)?.declaration === declaration) {
        writes.push({ name: node.left.name.text, value: node.right });
      }
      ts.forEachChild(node, visit);
    };
    visit(scope);
    return writes;
  }

  /**
   * The object literals a model call's options come from: written in place, spread in
   * (`{ model, ...options }`), held in a `const`, returned by a helper
   * (`streamText(createOptions(input))`), or given by the callers of a wrapper (`createStream({ system })`).
   */
  private optionObjects(expression: ts.Expression, depth: number): ts.ObjectLiteralExpression[] {
    const expr = skipTypeWrappers(expression);
    if (depth > 3) return [];
    if (ts.isObjectLiteralExpression(expr)) return [expr, ...expr.properties.filter(ts.isSpreadAssignment).flatMap((spread) => this.optionObjects(spread.expression, depth + 1))];
    if (ts.isCallExpression(expr)) return this.taint.evaluator.evaluate(expr.expression).functions.flatMap(returnedExpressions).flatMap((e) => this.optionObjects(e, depth + 1));
    if (!ts.isIdentifier(expr)) return [];
    const declaration = this.taint.evaluator.scopes.resolve(expr)?.declaration;
    if (declaration && ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name) && declaration.initializer) return this.optionObjects(declaration.initializer, depth + 1);
    // A parameter: the wrapper's callers are model calls of their own (see `wrappedOptionsIndex`).
    return [];
  }

  /**
   * `createMessage({ system, messages })` of a project wrapper that hands its parameter to a
   * model call (`anthropic.messages.create(params)`, `streamText({ model, ...options })`): the
   * wrapper's call is where the prompt is written, and where it is reported.
   */
  private wrapperCallPrompts(call: ts.CallExpression): PromptFlow[] {
    // Options written at the call, or in a `const` just before it (`const payload = { model, messages }`).
    const holdsOptions = (argument: ts.Expression): boolean => {
      if (ts.isObjectLiteralExpression(argument)) return true;
      if (!ts.isIdentifier(argument)) return false;
      const declaration = this.taint.evaluator.scopes.resolve(argument)?.declaration;
      return declaration !== undefined && ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined && ts.isObjectLiteralExpression(skipTypeWrappers(declaration.initializer));
    };
    if (!call.arguments.some(holdsOptions)) return [];
    for (const fn of this.taint.evaluator.evaluate(call.expression).functions) {
      const index = this.wrappers.wrappedOptionsIndex(fn);
      const argument = index === undefined ? undefined : call.arguments[index];
      if (!argument) continue;
      const callee = calleeText(call.expression);
      return this.optionFlows(this.optionObjects(argument, 0), callee.length <= 50 ? callee : "model call", call, argument);
    }
    return [];
  }

  /**
   * A list of messages the caller sent, passed on whole (`messages` from `req.json()`, or spread
   * into the app's own list): its elements are the caller's, roles included. A filter or a map
   * that decides the roles, or a schema that closes them, restricts it.
   */
  private forwardedMessages(value: ts.Expression, label: string): PromptFlow[] {
    let expr = skipTypeWrappers(value);
    // `const list = [{ role: "system", … }, ...messages]` held before it is passed.
    if (ts.isIdentifier(expr)) {
      const declaration = this.taint.evaluator.scopes.resolve(expr)?.declaration;
      const initializer = declaration && ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name) && declaration.initializer ? skipTypeWrappers(declaration.initializer) : undefined;
      if (initializer && (ts.isArrayLiteralExpression(initializer) || roleCopyingMap(initializer))) expr = initializer;
    }
    const carriers = ts.isArrayLiteralExpression(expr) ? expr.elements.filter(ts.isSpreadElement).map((e) => e.expression) : [expr];
    for (const carrier of carriers) {
      if (ts.isIdentifier(carrier) && declaredAsText(this.taint.evaluator.scopes.resolve(carrier)?.declaration)) continue;
      // `messages.map((m) => ({ role: m.role, content: m.content }))`: the copy keeps the caller's roles.
      const copied = roleCopyingMap(carrier);
      const listed = copied ?? carrier;
      const facts = this.taint.concretizeFacts(this.taint.evaluator.evaluate(listed).facts);
      const best = facts.filter((f) => f.origin.kind === "source" && f.origin.category === "request" && !f.sanitized.has("roles") && isCallerMessageList(f.shape)).sort((a, b) => a.steps.length - b.steps.length)[0];
      if (!best || best.origin.kind !== "source" || this.restrictsRoles(carrier, 0) || rejectsForeignRoles(carrier)) continue;
      const file = carrier.getSourceFile();
      const step: Step = { file: file.fileName, start: carrier.getStart(file), end: carrier.getEnd(), message: "sent to the model as its messages" };
      return [{ category: "request", role: "user", labeled: false, node: carrier, sinkLabel: label, source: best.origin, steps: [...best.steps, step], forwardedMessages: true }];
    }
    return [];
  }

  /** `messages.filter((m) => m.role !== "system")`, `.map((m) => ({ role: "user", … }))`, followed through `const`s and wrapping calls. */
  private restrictsRoles(expression: ts.Expression, depth: number): boolean {
    const expr = skipTypeWrappers(expression);
    if (depth > 4) return false;
    if (ts.isCallExpression(expr)) {
      if (ts.isPropertyAccessExpression(expr.expression)) {
        const method = expr.expression.name.text;
        const callback = expr.arguments[0];
        if (method === "filter" && callback && /\brole\b/.test(callback.getText())) return true;
        if ((method === "map" || method === "flatMap") && callback && ts.isFunctionLike(callback) && setsRoleByItself(callback)) return true;
        if (this.restrictsRoles(expr.expression.expression, depth + 1)) return true;
      }
      return expr.arguments.some((argument) => this.restrictsRoles(argument, depth + 1));
    }
    if (ts.isIdentifier(expr)) {
      const declaration = this.taint.evaluator.scopes.resolve(expr)?.declaration;
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && ts.isIdentifier(declaration.name)) return this.restrictsRoles(declaration.initializer, depth + 1);
    }
    return false;
  }

  /**
   * Tool descriptions: the `description` of a tool an SDK registers (`tool({ description })`,
   * MCP's `server.tool(name, description, …)`), and of the function definitions a model call
   * sends (`tools: [{ type: "function", function: { description } }]`, Anthropic's `{ description, input_schema }`).
   */
  private toolDescriptions(call: ts.CallExpression): PromptFlow[] {
    const descriptions: { value: ts.Expression; label: string }[] = [];
    const describedIn = (object: ts.Expression | undefined, label: string): void => {
      if (!object || !ts.isObjectLiteralExpression(object)) return;
      for (const property of object.properties) {
        if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
        const name = propertyNameText(property.name);
        const value = ts.isPropertyAssignment(property) ? property.initializer : property.name;
        if (name === "description") descriptions.push({ value, label });
        else if (name === "function") describedIn(value, label);
      }
    };
    // Only a call that could define a tool is asked: one given a described object, or MCP's `tool(name, description, schema, handler)`.
    const describes = call.arguments.some((a) => ts.isObjectLiteralExpression(a) && a.properties.some((p) => p.name !== undefined && propertyNameText(p.name) === "description"));
    const positional = ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === "tool" && call.arguments.length >= 3;
    const registrations = describes || positional ? this.taint.evaluator.toolRegistrations(call) : [];
    if (registrations.length > 0) {
      const label = calleeText(call.expression).length <= 40 ? calleeText(call.expression) : "tool registration";
      for (const argument of call.arguments) describedIn(argument, label);
      // MCP's `server.tool(name, description, schema, handler)`.
      const second = call.arguments[1];
      if (call.arguments.length >= 3 && second && !ts.isObjectLiteralExpression(second) && !ts.isFunctionLike(second) && registrations.some((r) => "method" in r.definition.callee && r.definition.callee.method === "tool")) descriptions.push({ value: second, label });
    } else {
      const options = call.arguments.find(ts.isObjectLiteralExpression);
      const tools = options?.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyNameText(p.name) === "tools");
      const list = tools ? skipTypeWrappers(tools.initializer) : undefined;
      if (!list || !ts.isArrayLiteralExpression(list) || !this.isModelCall(call)) return [];
      const label = calleeText(call.expression).length <= 50 ? calleeText(call.expression) : "model call";
      for (const element of list.elements) describedIn(element, label);
    }
    return descriptions.flatMap(({ value, label }) => this.taintedFlows(value, "system", label).filter((f) => f.category !== "retrieved").map((f) => ({ ...f, toolDescription: true as const })));
  }

  requestSourcesOf(expression: ts.Expression): readonly SourceOrigin[] {
    const origins: SourceOrigin[] = [];
    // A helper's parameter is what its callers pass: `getCompletion(prompt, body.max_tokens)`.
    for (const fact of this.taint.concretizeFacts(this.taint.evaluator.evaluate(expression).facts)) {
      const origin = fact.origin;
      if (origin.kind === "source" && origin.category === "request" && !origins.some((o) => o.start === origin.start && o.file === origin.file)) origins.push(origin);
    }
    return origins;
  }

  /** Request input that is a whole structured value (a parsed body, not one field of text). */
  requestDataSourcesOf(expression: ts.Expression): readonly SourceOrigin[] {
    const origins: SourceOrigin[] = [];
    for (const fact of this.taint.concretizeFacts(this.taint.evaluator.evaluate(expression).facts)) {
      const origin = fact.origin;
      const whole = fact.shape === "data" || (typeof fact.shape === "object" && fact.shape.anyField === "data");
      if (origin.kind === "source" && origin.category === "request" && whole && fact.accesses.length === 0) origins.push(origin);
    }
    return origins;
  }

  calledFunctions(call: ts.CallExpression): readonly ts.SignatureDeclaration[] {
    return this.taint.evaluator.evaluate(call.expression).functions;
  }

  /**
   * A model call, or a call written like one on a client the analysis cannot type (a parameter
   * whose callers live elsewhere): `client.chat.completions.create(…)`, `anthropic.messages.create(…)`.
   */
  looksLikeModelCall(call: ts.CallExpression): boolean {
    if (this.isModelCall(call)) return true;
    const callee = call.expression;
    if (!ts.isPropertyAccessExpression(callee)) return false;
    const text = callee.getText().replace(/\s+/g, "").replace(/\?\./g, ".");
    return this.modelMethodPaths.some((path) => text.endsWith(path));
  }

  private constInitializerOf(identifier: ts.Identifier): ts.Expression | undefined {
    const declaration = this.taint.evaluator.scopes.resolve(identifier)?.declaration;
    return declaration && ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name) && declaration.parent.flags & ts.NodeFlags.Const ? declaration.initializer : undefined;
  }

  /** Whether a call or `new` makes a value of one of `kinds` (a chat model, a chat session, an agent). */
  makesKind(node: ts.CallExpression | ts.NewExpression, kinds: readonly string[]): boolean {
    return this.taint.evaluator.evaluate(node).kinds.some((k) => k.path.length === 0 && kinds.includes(k.kind));
  }

  /** The body of a request sent to a model provider's HTTP API (`fetch("https://api.openai.com/…", { body })`). */
  modelRequestBody(call: ts.CallExpression): ts.Expression | undefined {
    return this.httpModelRequest(call)?.body;
  }

  /** A model call: its result is model output (the evaluator recognizes the SDK call). */
  isModelCall(call: ts.CallExpression): boolean {
    const start = call.getStart();
    return this.taint.evaluator.evaluate(call).facts.some((f) => f.origin.kind === "source" && f.origin.category === "model" && f.origin.start === start && f.origin.file === call.getSourceFile().fileName)
      || this.taint.evaluator.evaluate(call.expression).kinds.some((k) => k.kind.startsWith("lc-") && k.path[k.path.length - 1] === "invoke");
  }

  /**
   * A messages array (`{ role, content }` objects, `["system", text]` tuples, content parts with
   * `text`), one held in a variable and filled by `push`, spread into another, or a single
   * content value.
   */
  private contentFlows(value: ts.Expression, role: "system" | "user", label: string, depth = 0): PromptFlow[] {
    const expr = skipTypeWrappers(value);
    if (ts.isIdentifier(expr) && depth < 5) {
      const elements = this.messageListElements(expr);
      if (elements) return elements.flatMap((element) => this.elementFlows(element, role, label, depth + 1));
      const declaration = this.taint.evaluator.scopes.resolve(expr)?.declaration;
      const initializer = declaration && ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name) && declaration.initializer ? skipTypeWrappers(declaration.initializer) : undefined;
      if (initializer && (ts.isConditionalExpression(initializer) || ts.isCallExpression(initializer))) return this.contentFlows(initializer, role, label, depth + 1);
      // A list handed in by the callers: `run(messages)` called with `[{ role: "system", … }, …]`.
      if (declaration && ts.isParameter(declaration) && ts.isIdentifier(declaration.name)) {
        const fn = declaration.parent;
        const given = this.taint.evaluator.callerArgumentExpressions?.(fn, fn.parameters.indexOf(declaration)) ?? [];
        const lists = given.filter((argument) => this.isMessageList(argument, 0));
        if (lists.length > 0) return lists.flatMap((argument) => this.contentFlows(argument, role, label, depth + 1));
      }
    }
    // A list another function builds and returns: `messages: constructPrompt({ systemPrompt, userPrompt })`.
    if (ts.isCallExpression(expr) && depth < 5) {
      const returned = this.taint.evaluator.evaluate(expr.expression).functions.flatMap(returnedExpressions).filter((e) => this.isMessageList(e, 0));
      if (returned.length > 0) return returned.flatMap((e) => this.contentFlows(e, role, label, depth + 1));
    }
    if (ts.isArrayLiteralExpression(expr)) return expr.elements.flatMap((element) => this.elementFlows(element, role, label, depth));
    // `systemPrompt ? [{ role: "system", content: systemPrompt }, ...messages] : messages`
    if (ts.isConditionalExpression(expr) && depth < 5) return [...this.contentFlows(expr.whenTrue, role, label, depth + 1), ...this.contentFlows(expr.whenFalse, role, label, depth + 1)];
    return this.taintedFlows(value, role, label, undefined, undefined, true);
  }

  /** A list of chat messages written out: `{ role, content }` objects or `["system", text]` tuples, or a `const` holding one. */
  private isMessageList(expression: ts.Expression, depth: number): boolean {
    const expr = skipTypeWrappers(expression);
    if (ts.isArrayLiteralExpression(expr)) {
      return expr.elements.some((e) => (ts.isObjectLiteralExpression(e) && e.properties.some((p) => p.name !== undefined && propertyNameText(p.name) === "role")) || (ts.isArrayLiteralExpression(e) && e.elements.length === 2 && ts.isStringLiteralLike(e.elements[0] as ts.Expression)));
    }
    if (ts.isCallExpression(expr) && depth < 2) return this.taint.evaluator.evaluate(expr.expression).functions.flatMap(returnedExpressions).some((e) => this.isMessageList(e, depth + 1));
    if (ts.isIdentifier(expr) && depth < 2) {
      const declaration = this.taint.evaluator.scopes.resolve(expr)?.declaration;
      if (declaration && ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name) && declaration.initializer && ts.isCallExpression(skipTypeWrappers(declaration.initializer))) return this.isMessageList(declaration.initializer, depth + 1);
      const elements = this.messageListElements(expr);
      return elements !== undefined && elements.some((e) => ts.isObjectLiteralExpression(e) && e.properties.some((p) => p.name !== undefined && propertyNameText(p.name) === "role"));
    }
    return false;
  }

  private elementFlows(element: ts.Expression, role: "system" | "user", label: string, depth: number): PromptFlow[] {
    if (ts.isSpreadElement(element)) return this.contentFlows(element.expression, role, label, depth);
    if (ts.isObjectLiteralExpression(element)) {
      const property = (name: string) => element.properties.find((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && propertyNameText(p.name) === name);
      const valueOf = (p: ts.ObjectLiteralElementLike) => (ts.isPropertyAssignment(p) ? p.initializer : (p as ts.ShorthandPropertyAssignment).name);
      const roleProperty = property("role");
      const roleValue = roleProperty && ts.isPropertyAssignment(roleProperty) ? skipTypeWrappers(roleProperty.initializer) : undefined; // `"system" as const`
      const elementRole = roleValue && ts.isStringLiteralLike(roleValue) && systemRoles.has(roleValue.text) ? "system" : role;
      // `{ role, content }`, or a content part `{ type: "text", text }`.
      const content = property("content") ?? property("text");
      return content ? this.contentFlows(valueOf(content), elementRole, label, depth) : [];
    }
    if (ts.isArrayLiteralExpression(element) && element.elements.length === 2) {
      const [first, second] = element.elements;
      const tupleRole = first && ts.isStringLiteralLike(first) && systemRoles.has(first.text) ? "system" : role;
      return second ? this.contentFlows(second, tupleRole, label, depth) : [];
    }
    // `const prompt = { role: "system", content }` held in its own variable.
    if (ts.isIdentifier(element) && depth < 6) {
      const declaration = this.taint.evaluator.scopes.resolve(element)?.declaration;
      const initializer = declaration && ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name) && declaration.initializer ? skipTypeWrappers(declaration.initializer) : undefined;
      if (initializer && ts.isObjectLiteralExpression(initializer)) return this.elementFlows(initializer, role, label, depth + 1);
    }
    // `new SystemMessage(…)` / `new HumanMessage(…)` elements are checked where they are built.
    if (ts.isNewExpression(element)) return [];
    return this.contentFlows(element, role, label, depth);
  }

  /** `const messages = [...]` and what `messages.push(…)` / `unshift(…)` add to it in its scope. */
  private messageListElements(identifier: ts.Identifier): ts.Expression[] | undefined {
    const declaration = this.taint.evaluator.scopes.resolve(identifier)?.declaration;
    if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer || !ts.isIdentifier(declaration.name)) return undefined;
    const initializer = skipTypeWrappers(declaration.initializer);
    // A list made otherwise (`const messages = history.map(…)`) counts once the app adds its own messages to it.
    const made = ts.isArrayLiteralExpression(initializer) ? undefined : initializer;
    if (made && !(ts.isCallExpression(made) && ts.isPropertyAccessExpression(made.expression) && ["map", "filter", "slice", "concat", "flatMap"].includes(made.expression.name.text))) return undefined;
    const elements: ts.Expression[] = made ? [] : [...(initializer as ts.ArrayLiteralExpression).elements];
    let scope: ts.Node = declaration;
    while (scope.parent && !ts.isFunctionLike(scope) && !ts.isSourceFile(scope)) scope = scope.parent;
    const name = declaration.name.text;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ["push", "unshift"].includes(node.expression.name.text)) {
        const receiver = node.expression.expression;
        if (ts.isIdentifier(receiver) && receiver.text === name && this.taint.evaluator.scopes.resolve(receiver)?.declaration === declaration) elements.push(...node.arguments);
      }
      ts.forEachChild(node, visit);
    };
    visit(scope);
    if (made && elements.length === 0) return undefined;
    return made ? [made, ...elements] : elements;
  }

  /** `new SystemMessage(text)`, `new HumanMessage({ content: text })`. */
  private messageClassPrompts(node: ts.NewExpression): PromptFlow[] {
    const callee = this.taint.evaluator.evaluate(node.expression);
    const matches = (entries: readonly { readonly modules: readonly string[]; readonly exportName: string }[]): boolean =>
      entries.some((e) => calleeMatches({ modules: e.modules, exportName: e.exportName }, node, callee));
    const arg = node.arguments?.[0];
    if (arg && matches(this.catalogue.promptBuilders.agents)) return this.agentPrompts(node);
    const role = matches(this.catalogue.promptBuilders.systemMessages) ? "system" : matches(this.catalogue.promptBuilders.userMessages) ? "user" : undefined;
    if (!role || !arg) return [];
    const name = ts.isIdentifier(node.expression) ? node.expression.text : "message";
    if (ts.isObjectLiteralExpression(arg)) {
      const content = arg.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && propertyNameText(p.name) === "content");
      return content ? this.contentFlows(content.initializer, role, name) : [];
    }
    return this.contentFlows(arg, role, name);
  }

  /** `new ToolLoopAgent({ instructions, tools })`, `createAgent({ model, systemPrompt })`: an agent's options are a model call's, written once for all its runs. */
  private agentPrompts(node: ts.CallExpression | ts.NewExpression): PromptFlow[] {
    const arg = node.arguments?.[0];
    if (!arg || !(ts.isObjectLiteralExpression(skipTypeWrappers(arg)) || ts.isIdentifier(skipTypeWrappers(arg)))) return [];
    // Named like one of the agents first (also under an alias): evaluating every callee would cost more than the rest of the analysis.
    const name = this.exportedNameOf(node.expression);
    if (name === undefined || !this.catalogue.promptBuilders.agents.some((e) => e.exportName === name)) return [];
    const callee = this.taint.evaluator.evaluate(node.expression);
    if (!this.catalogue.promptBuilders.agents.some((e) => calleeMatches({ modules: e.modules, exportName: e.exportName }, node, callee))) return [];
    return this.optionFlows(this.optionObjects(arg, 0), calleeText(node.expression), node, arg);
  }

  /** `anthropic.messages.create(…)`: a client whose message list has no system role (it has a `system` field instead). */
  private refusesSystemTurns(call: ts.CallExpression | ts.NewExpression): boolean {
    if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return false;
    const kinds = this.catalogue.promptFields.messagesWithoutSystemRole;
    return this.taint.evaluator.evaluate(call.expression).kinds.some((k) => kinds.includes(k.kind));
  }

  /** The name a callee is exported under: `Agent` for `MastraAgent` of `import { Agent as MastraAgent }`, else the name written. */
  private exportedNameOf(callee: ts.Expression): string | undefined {
    if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
    if (!ts.isIdentifier(callee)) return undefined;
    const declaration = this.taint.evaluator.scopes.resolve(callee)?.declaration;
    return declaration && ts.isImportSpecifier(declaration) ? (declaration.propertyName ?? declaration.name).text : callee.text;
  }

  /**
   * The untrusted text a prompt value carries, one flow per kind: retrieved content (with its
   * labeling), request input where it instructs (the system role), and secrets in any role.
   */
  private taintedFlows(value: ts.Expression, role: "system" | "user", sinkLabel: string, labeledByTemplate?: boolean, serialized?: boolean, messageList?: boolean): PromptFlow[] {
    const evaluated = this.taint.concretizeFacts(this.taint.evaluator.evaluate(value).facts);
    // A list of messages built elsewhere (`builder.messages`): what its messages' `content` holds.
    // A chat channel's history laid out as turns is the conversation itself, not documents handed in.
    const contents = messageList ? accessFacts(accessFacts(evaluated.filter((f) => !isTextLike(f.shape) && !(f.origin.kind === "source" && f.origin.conversation)), { op: "index" }, this.catalogue.metadataFields), { op: "prop", name: "content" }, this.catalogue.metadataFields) : [];
    // A value the SDK writes out as text (a template variable given documents) carries all it holds.
    const facts = [...(serialized ? accessFacts(evaluated, { op: "serialize" }, this.catalogue.metadataFields) : evaluated), ...contents].filter((f) => f.origin.kind === "source" && isTextLike(f.shape));
    const flows: PromptFlow[] = [];
    for (const category of promptTaintKinds) {
      if (category === "request" && role !== "system") continue;
      const best = facts.filter((f) => f.origin.kind === "source" && f.origin.category === category).sort((a, b) => a.steps.length - b.steps.length)[0];
      if (!best || best.origin.kind !== "source") continue;
      // Retrieved text already placed between delimiters (by a helper that wraps it) is labeled wherever it goes.
      const labeledEarlier = category === "retrieved" && facts.every((f) => f.origin.kind !== "source" || f.origin.category !== "retrieved" || f.sanitized.has("label"));
      const { labeled, span } = category !== "retrieved" ? { labeled: false, span: this.labels.carryingSpan(value, category) } : labeledByTemplate !== undefined ? { labeled: labeledByTemplate, span: undefined } : labeledEarlier ? { labeled: true, span: undefined } : this.labels.labeling(value, 0);
      const file = value.getSourceFile();
      const step: Step = { file: file.fileName, start: value.getStart(file), end: value.getEnd(), message: `enters the prompt (${role} role)` };
      flows.push({ category, role, labeled, node: value, ...(span ? { span } : {}), sinkLabel, source: best.origin, steps: [...best.steps, step] });
    }
    return flows;
  }
}


function isWithin(node: ts.Node, container: ts.Node): boolean {
  return node.getSourceFile() === container.getSourceFile() && node.getStart() >= container.getStart() && node.getEnd() <= container.getEnd();
}

/**
 * Options a helper builds (`createOptions(input)` returning `{ system: input.system }`) carry
 * what this call gives the helper, not what its other callers give it: a flow counts when it
 * passes through this call's arguments, or starts inside the helper.
 */
function throughThisCall(flow: PromptFlow, options: ts.ObjectLiteralExpression, optionsArg: ts.Expression): boolean {
  const file = optionsArg.getSourceFile().fileName;
  const start = optionsArg.getStart();
  const end = optionsArg.getEnd();
  if (flow.steps.some((step) => step.file === file && step.start >= start && step.end <= end)) return true;
  const helper = ts.findAncestor(options, ts.isFunctionLike);
  return helper !== undefined && flow.source.file === helper.getSourceFile().fileName && flow.source.start >= helper.getStart() && flow.source.end <= helper.getEnd();
}

/** Flows whose text is written in another file are reported here, at the value the model call is given. */
function here(flows: readonly PromptFlow[], value: ts.Expression): PromptFlow[] {
  const file = value.getSourceFile();
  return flows.map((flow) => {
    if (flow.node.getSourceFile() === file) return flow;
    const { span: _span, ...rest } = flow;
    return { ...rest, node: value };
  });
}
