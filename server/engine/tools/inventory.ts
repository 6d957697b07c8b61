import ts from "typescript";
import type { Catalogue, SinkKind, ToolDefinition } from "../catalogue";
import { toolName, type ZodShape } from "../taint/evaluator";
import type { TaintEngine } from "../taint/flows";
import { fieldTypeSchemas, toolClassOf } from "../taint/tool-classes";
import { analysisNodes } from "../taint/node-index";
import { dispatchRegions, innermostStatement, sharedRegions } from "./dispatch-regions";
import { handlerArgumentIndex, toolModule, toolObject } from "../taint/tool-objects";
import { approvedWhereHandedOver, implementedToolOf } from "../taint/implemented-tools";
import { registersThis, templateToolOf } from "../taint/template-tools";
import { calleeText, propertyNameText, skipTypeWrappers } from "../taint/scope";
import type { Fact, Step } from "../taint/value";
import { declaredAnnotations, type ToolAnnotations } from "./annotations";
import { httpWrite, messagingUrl, mutatingInvocation, sendCapability } from "./call-effects";
import { guessParameter, jsonSchemaParameters, namedInSteps, zodConstraint } from "./tool-parameters";

export type CapabilityKind = "shell" | "run" | "eval" | "page-script" | "sql" | "file-write" | "file-read" | "fetch" | "api-path" | "send" | "secrets";

/** What each capability means, in the words of the inventory and the messages. */
export const capabilityText: Readonly<Record<CapabilityKind, string>> = {
  shell: "run shell commands",
  run: "run a program that changes things",
  eval: "evaluate code",
  "page-script": "run scripts in web pages it drives",
  sql: "run raw SQL",
  "file-write": "write or delete files",
  "file-read": "read files",
  fetch: "fetch URLs",
  "api-path": "send requests to other endpoints of the API it calls",
  send: "send data out",
  secrets: "read secrets from the environment",
};

/** Capabilities that change the world, and so want a human's approval. */
export const destructiveCapabilities: ReadonlySet<CapabilityKind> = new Set(["shell", "run", "eval", "page-script", "sql", "file-write", "send"]);

export interface ToolParameter {
  readonly name: string;
  /** `enum(a|b)`, `number`, `boolean`, `pattern`, `format`, `string`, `object`, `array`, `any`. */
  readonly constraint: string;
  /** True when the model can write any text into it. */
  readonly free: boolean;
}

export interface Capability {
  readonly kind: CapabilityKind;
  /** The API that gives it: "execSync", "fs.writeFile". */
  readonly label: string;
  readonly node: ts.Node;
  /** Model-controlled parameters that reach it with no constraint. */
  readonly parameters: readonly string[];
  /** The path from the parameter to the capability, when one reaches it. */
  readonly steps: readonly Step[];
  /** Other places free parameters reach the same capability (a directory created, then a file written in it). */
  readonly alsoAt: ts.Node[];
  /** For `api-path`: the parameter is encoded as one segment, so only a lone `..` moves the request. */
  readonly encodedSegment?: true;
  /** Every site of this kind no parameter reaches, the first being `node` when none does (see `withoutSharedBookkeeping`). */
  readonly quietSites?: ts.Node[];
}

export interface ToolInfo {
  readonly name: string;
  readonly sdk: string;
  /** Where the definition starts: `tool(`, `server.tool(`, the tool object's `{`. */
  readonly node: ts.Node;
  readonly start: number;
  readonly end: number;
  readonly parameters: readonly ToolParameter[];
  readonly capabilities: readonly Capability[];
  /** How a human approves a call (`needsApproval`, a confirmation step, MCP elicitation), or undefined. */
  readonly approval: string | undefined;
  /** The options object a `needsApproval: true` fix goes into, for SDKs that support it. */
  readonly approvalOptions?: ts.ObjectLiteralExpression;
  /** What the definition tells clients about the tool's effects (`readOnlyHint`, `destructiveHint`). */
  readonly annotations?: ToolAnnotations;
}

const approvalCallNames = /^(confirm\w*|approve\w*|requestApproval|askForApproval|askUser\w*|requireApproval|humanInTheLoop|interrupt|elicitInput|waitForApproval)$/i;
const secretEnvName = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE)/;
const approvalSdks = new Set(["Vercel AI SDK", "OpenAI Agents"]);
const maxFollowDepth = 4;

/**
 * Finds the agent tools a file defines and what each can do: its parameters and their
 * constraints, the capabilities its handler reaches (following the functions it calls, across
 * files), which parameters reach them unconstrained, and whether a human approves its calls.
 */
export class ToolInventory {
  private readonly byFile = new WeakMap<ts.SourceFile, ToolInfo[]>();
  private dispatchers: Map<string, string> | undefined;

  /** Names of the SDK interfaces an application implements for a tool: a file that mentions none defines no such tool. */
  private readonly implementedTypeNames: RegExp;

  constructor(
    private readonly catalogue: Catalogue,
    private readonly taint: TaintEngine,
  ) {
    this.implementedTypeNames = new RegExp(`\\b(${catalogue.implementedTools.map((e) => e.typeName).join("|")})\\b`);
  }

  toolsIn(sourceFile: ts.SourceFile): readonly ToolInfo[] {
    const cached = this.byFile.get(sourceFile);
    if (cached) return cached;
    const tools: ToolInfo[] = [];
    const text = sourceFile.text;
    const mightDefineTools = /\btool\b|Tool\b|registerTool|input_schema|inputSchema|"function"|'function'/.test(text) || this.implementedTypeNames.test(text);
    if (mightDefineTools) {
      for (const node of analysisNodes(sourceFile)) {
        const tool =
          ts.isCallExpression(node) || ts.isNewExpression(node) ? this.fromDefinitionCall(node)
          : ts.isObjectLiteralExpression(node) ? (this.fromToolObject(node) ?? this.fromSchemaObject(node) ?? this.fromImplementedTool(node))
          : ts.isClassDeclaration(node) ? (this.fromToolClass(node) ?? this.fromImplementedTool(node) ?? this.fromTemplateTool(node))
          : undefined;
        if (tool) tools.push(tool);
      }
    }
    const module = /\bexport\b[^\n]*\bname\b/.test(text) ? this.fromToolModule(sourceFile) : undefined;
    if (module) tools.push(module);
    // Annotations may sit in another module's definitions the tool spreads in.
    const kept = withoutSharedBookkeeping(tools);
    const annotated = kept.length > 0 ? kept.map((tool) => ({ ...tool, annotations: declaredAnnotations(tool.node, (e) => this.taint.evaluator.definitionOf(e)) })) : tools;
    this.byFile.set(sourceFile, annotated);
    return annotated;
  }

  /**
   * Calls in a file that read as tool definitions (`ctx.addTool(…)`, `defineTool({ … })`, `server.tool(…)`)
   * with a handler or options but that gave no tool: what the inventory could not resolve, so that
   * silence about them is not taken for safety. A project helper's own call of the SDK, whose handler
   * is its parameter, is not one: its callers are the tools.
   */
  unresolvedIn(sourceFile: ts.SourceFile): readonly ts.CallExpression[] {
    const text = sourceFile.text;
    if (!toolCallText.test(text) || !toolSdkImport.test(text)) return [];
    const tools = this.toolsIn(sourceFile);
    const covered = (node: ts.Node): boolean => tools.some((tool) => tool.node.getSourceFile() === sourceFile && tool.node.getStart() <= node.getStart() && node.getEnd() <= tool.node.getEnd());
    const found: ts.CallExpression[] = [];
    for (const node of analysisNodes(sourceFile)) {
      if (!ts.isCallExpression(node)) continue;
      const callee = calleeName(node.expression) ?? "";
      if (!toolCalleeName.test(callee) || toolNonDefinitions.test(callee)) continue;
      const args = node.arguments.map((a) => skipTypeWrappers(a));
      const definesSomething = args.some((a) => ts.isObjectLiteralExpression(a) || ts.isArrowFunction(a) || ts.isFunctionExpression(a));
      const forwardsParameters = args.some((a) => ts.isIdentifier(a) && this.taint.evaluator.scopes.resolve(a)?.declaration !== undefined && ts.isParameter(this.taint.evaluator.scopes.resolve(a)!.declaration));
      if (definesSomething && !forwardsParameters && !covered(node) && !insideAssertion(node)) found.push(node);
    }
    return found;
  }

  // ── definitions ──────────────────────────────────────────────────────────────────────────

  /** `tool({...})`, `server.tool(...)`, `new DynamicStructuredTool({...})`, `createTool({...})`. */
  private fromDefinitionCall(call: ts.CallExpression | ts.NewExpression): ToolInfo | undefined {
    const evaluator = this.taint.evaluator;
    for (const registration of evaluator.toolRegistrations(call)) {
      const definition = registration.definition;
      // `server.registerTool(name, config, handler)` with `const config = { inputSchema: … }`: read the object.
      const args = registration.args.map((a) => {
        const resolved = ts.isIdentifier(a) ? resolveConst(a, this.taint) : undefined;
        return resolved && ts.isObjectLiteralExpression(resolved) ? resolved : a;
      });
      const handlerExpression = this.handlerOf(definition, args);
      // Inside a project wrapper the handler is the wrapper's parameter: the wrapper's callers are the tools.
      if (handlerExpression && (isParameterOfEnclosingFunction(handlerExpression, evaluator) || evaluator.forwardsEnclosingParameter(handlerExpression))) continue;
      // A base class registering `this` under `this.name`: its subclasses are the tools.
      if (registersThis(handlerExpression, args[0])) continue;
      // `withRequestActivity(async (args) => …)`: the callback is the handler; what the wrapper does is every tool's bookkeeping.
      const passedThrough = handlerExpression ? evaluator.passedThroughHandler(handlerExpression) : undefined;
      const method = handlerExpression as ts.Node | undefined;
      const handlers = passedThrough ? [passedThrough] : method && ts.isMethodDeclaration(method) ? [method] : handlerExpression ? evaluator.evaluate(handlerExpression).functions : [];
      const schema = this.schemaExpression(definition, args, handlerExpression);
      const parameters = schema ? this.zodParameters(schema) : [];
      const first = args[0] ? this.taint.evaluator.definitionOf(args[0]) : undefined;
      const name = toolName(call) ?? (first && ts.isStringLiteralLike(first) ? first.text : holderName(call) ?? "tool");
      const options = args.find((a): a is ts.ObjectLiteralExpression => ts.isObjectLiteralExpression(a) && a.properties.some((p) => p.name !== undefined && ["execute", "func", "description", "inputSchema", "parameters"].includes(propertyNameText(p.name) ?? "")));
      const approvalProperty = options?.properties.find((p) => p.name && propertyNameText(p.name) === "needsApproval");
      const needsApproval = approvalProperty && !(ts.isPropertyAssignment(approvalProperty) && approvalProperty.initializer.kind === ts.SyntaxKind.FalseKeyword) ? "needsApproval" : undefined;
      const params = handlers.map((h) => h.parameters[0]).filter((p): p is ts.ParameterDeclaration => p !== undefined);
      const reach = this.reach(handlers.map((h) => h as ts.Node), (fact) => fact.origin.kind === "source" && params.some((p) => fact.origin.kind === "source" && fact.origin.start === p.getStart() && fact.origin.file === p.getSourceFile().fileName), parameters.length > 0 ? new Set(parameters.map((p) => p.name)) : undefined);
      const calleeEnd = call.expression.getEnd();
      return {
        name,
        sdk: definition.sdk,
        node: call,
        start: call.getStart(),
        end: calleeEnd,
        parameters,
        capabilities: reach.capabilities,
        approval: needsApproval ?? reach.approval,
        ...(approvalSdks.has(definition.sdk) && options ? { approvalOptions: options } : {}),
      };
    }
    return undefined;
  }

  /** `{ name, inputSchema: { type: "object", properties }, handler }`, registered by whatever code (a router, a toolkit). */
  private fromToolObject(object: ts.ObjectLiteralExpression): ToolInfo | undefined {
    const tool = toolObject(object, this.catalogue.toolObjectShape, (e) => this.taint.evaluator.definitionOf(e));
    if (!tool || this.taint.evaluator.madeByNonToolFactory(object)) return undefined;
    // The options of a registration call the inventory already reads.
    if ((ts.isCallExpression(object.parent) || ts.isNewExpression(object.parent)) && this.taint.evaluator.toolRegistrations(object.parent).length > 0) return undefined;
    const parameter = tool.handler.parameters[tool.inputIndex];
    const reach = this.reach([tool.handler], (fact) => fact.origin.kind === "source" && parameter !== undefined && fact.origin.file === parameter.getSourceFile().fileName && fact.origin.start === parameter.getStart());
    const parameters = tool.schemaKind === "library" ? this.zodParameters(tool.schema) : jsonSchemaParameters(tool.schema);
    return { name: tool.name, sdk: "tool object", node: object, start: object.getStart(), end: object.getStart() + 1, parameters, capabilities: reach.capabilities, approval: reach.approval };
  }

  /** A module that is a tool by its exports: `name`, a schema, and `execute` (OpenClaw plugin tools). */
  private fromToolModule(sourceFile: ts.SourceFile): ToolInfo | undefined {
    const tool = toolModule(sourceFile, this.catalogue.toolObjectShape, (e) => this.taint.evaluator.definitionOf(e));
    if (!tool) return undefined;
    const parameter = tool.handler.parameters[tool.inputIndex];
    const reach = this.reach([tool.handler], (fact) => fact.origin.kind === "source" && parameter !== undefined && fact.origin.file === parameter.getSourceFile().fileName && fact.origin.start === parameter.getStart());
    const parameters = tool.schemaKind === "library" ? this.zodParameters(tool.schema) : jsonSchemaParameters(tool.schema);
    const node = tool.handler.name ?? tool.handler;
    return { name: tool.name, sdk: "tool module", node, start: node.getStart(), end: node.getEnd(), parameters, capabilities: reach.capabilities, approval: reach.approval };
  }

  /**
   * A tool declared as a JSON-schema object (OpenAI Chat Completions / Responses, Anthropic,
   * a low-level MCP tool list) and handled by a dispatcher in the same file: a `switch` case,
   * an `if (call.name === "…")` branch, or a handler map keyed by the tool's name.
   */
  private fromSchemaObject(object: ts.ObjectLiteralExpression): ToolInfo | undefined {
    const prop = (o: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined => {
      for (const p of o.properties) if (ts.isPropertyAssignment(p) && propertyNameText(p.name) === name) return p.initializer;
      return undefined;
    };
    const type = prop(object, "type");
    const fn = prop(object, "function");
    let nameNode: ts.Expression | undefined;
    let schema: ts.Expression | undefined;
    let sdk: string;
    if (type && ts.isStringLiteralLike(type) && type.text === "function" && fn && ts.isObjectLiteralExpression(fn)) {
      nameNode = prop(fn, "name");
      schema = prop(fn, "parameters");
      sdk = "OpenAI Chat Completions";
    } else if (type && ts.isStringLiteralLike(type) && type.text === "function" && prop(object, "name")) {
      nameNode = prop(object, "name");
      schema = prop(object, "parameters");
      sdk = "OpenAI Responses";
    } else if (prop(object, "input_schema") && prop(object, "name")) {
      nameNode = prop(object, "name");
      schema = prop(object, "input_schema");
      sdk = "Anthropic";
    } else if (prop(object, "name") && isGeminiDeclaration(object, prop(object, "parameters"))) {
      // Gemini's `tools: [{ functionDeclarations: [{ name, parameters: { type: "OBJECT", properties } }] }]`.
      nameNode = prop(object, "name");
      schema = prop(object, "parameters");
      sdk = "Gemini";
    } else if (prop(object, "inputSchema") && prop(object, "name") && this.mcpSide(object.getSourceFile()) && (!ts.isCallExpression(object.parent) || isParseCall(object.parent) || isPush(object.parent))) {
      nameNode = prop(object, "name");
      schema = prop(object, "inputSchema");
      sdk = "MCP (low-level)";
    } else {
      return undefined;
    }
    // `expect(tools).toEqual([{ name, inputSchema }])`: what a test expects a server to list defines nothing.
    if (insideAssertion(object)) return undefined;
    // `{ schema: { name, inputSchema }, handle }`: the listing of a tool object, which is the tool.
    const holder = ts.isPropertyAssignment(object.parent) && ts.isObjectLiteralExpression(object.parent.parent) ? object.parent.parent : undefined;
    if (holder && toolObject(holder, this.catalogue.toolObjectShape, (e) => this.taint.evaluator.definitionOf(e))) return undefined;
    // `name: "write_file"`, or a constant: `name: WriteToFileTool.TOOL_NAME`.
    const name = nameNode ? (ts.isStringLiteralLike(nameNode) ? nameNode.text : this.taint.evaluator.constantString(nameNode)) : undefined;
    if (nameNode && name === undefined && sdk === "MCP (low-level)") return this.generatedFamily(object, nameNode);
    if (!nameNode || name === undefined) return undefined;
    const parameters = schema ? this.schemaObjectParameters(schema) : [];
    // The tool's own file first; other files only when it has no dispatcher for the name (two servers may share a tool name).
    // A name held in a constant (`WriteToFileTool.TOOL_NAME`) is looked for by that constant's name too.
    const constant = ts.isPropertyAccessExpression(nameNode) ? nameNode.name.text : undefined;
    const own = dispatchRegions(object.getSourceFile(), name, this.taint, constant);
    // Only MCP servers split tool lists and dispatch across modules; for other shapes a name met elsewhere is another tool.
    // A branch the tool only shares with others (`if (PIPELINE_TOOLS.has(name))`) is not its dispatcher.
    const ownBranch = own.some((r) => !sharedRegions.has(r));
    const regions = ownBranch || sdk !== "MCP (low-level)" ? own : [...own, ...this.dispatchFiles(object.getSourceFile(), name, constant).flatMap((file) => dispatchRegions(file, name, this.taint, constant))];
    const freeNames = new Set(parameters.filter((p) => p.free).map((p) => p.name));
    // A dispatcher shares its input among its tools: a flow belongs to this tool when it passes through one of its branches.
    const inRegion = (file: string, start: number, shared: boolean): boolean =>
      regions.some((r) => sharedRegions.has(r) === shared && r.getSourceFile().fileName === file && r.getStart() <= start && start < r.getEnd());
    // A branch several tools share (`if (BROWSER_TOOLS.includes(name))`) is this tool's when the flow reads there a field it declares.
    const declared = parameters.map((p) => p.name);
    // …and the sink's arguments name that field too (`installBrowsers(browserType)` after `browserType: args.browserType`).
    const readsDeclared = (step: Step, sink: ts.Node): boolean => {
      const region = regions.find((r) => sharedRegions.has(r) && r.getSourceFile().fileName === step.file && r.getStart() <= step.start && step.start < r.getEnd());
      const text = region ? innermostStatement(region, step.start).getText() : "";
      const sinkArguments = ts.isCallExpression(sink) || ts.isNewExpression(sink) ? (sink.arguments ?? []).map((a) => a.getText()).join(" ") : "";
      return declared.some((field) => new RegExp(`\\.${field}\\b`).test(text) && new RegExp(`\\b${field}\\b`).test(sinkArguments));
    };
    const throughBranch = (fact: Fact, sink: ts.Node): boolean =>
      inRegion(sink.getSourceFile().fileName, sink.getStart(), false) || fact.steps.some((step) => inRegion(step.file, step.start, false) || (inRegion(step.file, step.start, true) && readsDeclared(step, sink)));
    // A low-level MCP server receives whatever the client sends: its schema's enums are advertised, never enforced.
    const named = sdk === "MCP (low-level)" ? new Set(declared) : freeNames;
    const isInput = (fact: Fact): boolean => fact.origin.kind === "source" && fact.origin.category === "model";
    const reach = this.reach(regions.filter((r) => !sharedRegions.has(r)), isInput, named, throughBranch);
    // Setup shared by a group of tools (launching a browser, installing it) is each tool's only where its own parameter gets there.
    const shared = regions.filter((r) => sharedRegions.has(r));
    const fromShared = shared.length > 0 ? this.reach(shared, isInput, named, throughBranch).capabilities.filter((c) => c.parameters.length > 0 && !reach.capabilities.some((own) => own.kind === c.kind && own.parameters.length > 0)) : [];
    const capabilities = [...reach.capabilities.filter((c) => !fromShared.some((s) => s.kind === c.kind)), ...fromShared];
    return { name, sdk, node: object, start: object.getStart(), end: object.getStart() + 1, parameters, capabilities, approval: reach.approval };
  }

  /**
   * Tools made at run time (one per operation of an OpenAPI document, say): an entry of a low-level
   * MCP tool list whose name the code computes, inside the handler that lists tools. They are one
   * family, whose capabilities are those of the file's tool-call handler, reached by any argument.
   */
  private generatedFamily(object: ts.ObjectLiteralExpression, nameNode: ts.Expression): ToolInfo | undefined {
    const listing = ts.findAncestor(object, (n) => ts.isCallExpression(n) && isListToolsRegistration(n));
    if (!listing) return undefined;
    const sourceFile = object.getSourceFile();
    const handlers: ts.Node[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && isCallToolRegistration(node) && node.arguments[1]) handlers.push(...this.taint.evaluator.evaluate(node.arguments[1]).functions.map((f) => f as ts.Node));
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    if (handlers.length === 0) return undefined;
    const isInput = (fact: Fact): boolean => fact.origin.kind === "source" && fact.origin.category === "model";
    const reach = this.reach(handlers, isInput, new Set(["arguments"]));
    const name = `generated: ${nameNode.getText(sourceFile).replace(/\s+/g, " ").slice(0, 60)}`;
    // Whatever field reaches a capability, the model writes it among the call's `arguments`.
    const capabilities = reach.capabilities.map((c) => ({ ...c, parameters: c.parameters.length > 0 ? ["arguments"] : [] }));
    return { name, sdk: "MCP (low-level, generated)", node: object, start: object.getStart(), end: object.getStart() + 1, parameters: [{ name: "arguments", constraint: "any", free: true }], capabilities, approval: reach.approval };
  }

  /** The texts of the run's files that look like tool dispatchers, read once per inventory. */
  private dispatcherTexts(): Map<string, string> {
    if (this.dispatchers) return this.dispatchers;
    const found = new Map<string, string>();
    for (const file of this.taint.runFiles()) {
      const text = this.taint.textOf(file);
      // `CallToolRequest` also matches a dispatcher that only imports the request type.
      if (/CallToolRequest|tool_calls|toolCall|function_call|tool_use|toolName/.test(text)) found.set(file, text);
    }
    this.dispatchers = found;
    return found;
  }

  /** A file that imports the MCP SDK, or whose tool lists a file importing it uses. */
  private mcpSide(sourceFile: ts.SourceFile): boolean {
    if (importsMcp(sourceFile)) return true;
    // Read from text: parsing every importer to look at its imports would cost more than the analysis.
    // Two hops: a tool's module, the tool list that gathers it, the server that lists them.
    const server = (file: string): boolean => /@modelcontextprotocol\/(sdk\/server|server)\b/.test(this.taint.textOf(file));
    return [...this.taint.importersOf(sourceFile.fileName)].some((file) => server(file) || [...this.taint.importersOf(file)].some(server));
  }

  /**
   * Where a tool's calls may be dispatched: its own file, the files that import it (and theirs),
   * and any file of the run that names the tool in a literal (`case "kubectl_get":`).
   */
  private dispatchFiles(home: ts.SourceFile, name: string, constant?: string): ts.SourceFile[] {
    // Only files whose text can dispatch this tool are parsed: they name it, or compare some `.name`.
    const names = (text: string | undefined, byReference: boolean): boolean =>
      text !== undefined && (text.includes(`"${name}"`) || text.includes(`'${name}'`) || (constant !== undefined && text.includes(`.${constant}`)) || (byReference && /case [\w.]+\.name\s*:|=== [\w.]+\.name\b|\[[\w.]+\.name\]\s*:/.test(text)));
    // Modules that import the tool list may dispatch it under any wording; elsewhere only dispatchers count.
    const dispatches = (file: string, near: boolean): boolean => names(near ? this.taint.textOf(file) : this.dispatcherTexts().get(file), near);
    const files = new Set<string>();
    for (const importer of this.taint.importersOf(home.fileName)) {
      files.add(importer);
      for (const next of this.taint.importersOf(importer)) files.add(next);
    }
    const near = [...files].filter((file) => dispatches(file, true));
    const chosen = near.length > 0 ? near : [...this.dispatcherTexts().keys()].filter((file) => file !== home.fileName && dispatches(file, false));
    return chosen.map((file) => this.taint.sourceFileOf(file)).filter((f): f is ts.SourceFile => f !== undefined);
  }

  /** A tool class: `class SearchTool extends StructuredTool { … _call(input) }`, mcp-framework's `class RunTool extends MCPTool { … execute(input) }`. */
  private fromToolClass(cls: ts.ClassDeclaration): ToolInfo | undefined {
    const tool = toolClassOf(cls, this.catalogue.toolClasses, (e) => this.taint.evaluator.evaluate(e).refs, (e) => this.taint.evaluator.evaluate(e).classes);
    if (!tool) return undefined;
    const handler = tool.handler;
    const parameter = handler.parameters[0];
    const reach = this.reach([handler], (fact) => fact.origin.kind === "source" && parameter !== undefined && fact.origin.file === parameter.getSourceFile().fileName && fact.origin.start === parameter.getStart());
    const nameNode = cls.name ?? cls;
    const fields = tool.schema ? fieldTypeSchemas(tool.schema) : undefined;
    const parameters = fields ? [...fields].map(([name, type]) => this.zodParameter(name, type)) : tool.schema ? this.zodParameters(tool.schema) : [];
    return { name: tool.name, sdk: tool.entry.sdk, node: cls, start: cls.getStart(), end: nameNode.getEnd(), parameters, capabilities: reach.capabilities, approval: reach.approval };
  }

  /** `class TeardownTool extends ToolBase { static toolName = "teardown"; argsShape = {…}; execute(args) {…} }`, registered by its base. */
  private fromTemplateTool(cls: ts.ClassDeclaration): ToolInfo | undefined {
    const tool = templateToolOf(cls, this.taint.evaluator.templateLookups);
    if (!tool) return undefined;
    const parameter = tool.handler.parameters[0];
    const reach = this.reach([tool.handler], (fact) => fact.origin.kind === "source" && parameter !== undefined && fact.origin.file === parameter.getSourceFile().fileName && fact.origin.start === parameter.getStart());
    const parameters = tool.schema ? this.zodParameters(tool.schema) : [];
    return { name: tool.name, sdk: tool.registration.definition.sdk, node: cls, start: cls.getStart(), end: (cls.name ?? cls).getEnd(), parameters, capabilities: reach.capabilities, approval: reach.approval };
  }

  /** `class LocalMemory implements MemoryToolHandlers { … }`, `const shell: Shell = { run(action) { … } }`: the SDK runs it with the model's arguments. */
  private fromImplementedTool(node: ts.ClassDeclaration | ts.ObjectLiteralExpression): ToolInfo | undefined {
    const evaluator = this.taint.evaluator;
    const tool = implementedToolOf(node, this.catalogue.implementedTools, (name) => evaluator.importedTypeOfPackage(name));
    if (!tool) return undefined;
    const inputs = new Set(tool.handlers.map((h) => h.parameters[0]).filter((p): p is ts.ParameterDeclaration => p !== undefined));
    // The fields the handlers read of their input (`command.path`) name what the model chose.
    const fields = new Set<string>();
    const collect = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && [...inputs].some((p) => ts.isIdentifier(p.name) && p.name.text === (node.expression as ts.Identifier).text)) fields.add(node.name.text);
      ts.forEachChild(node, collect);
    };
    for (const handler of tool.handlers) if (handler.body) collect(handler.body);
    const reach = this.reach([...tool.handlers], (fact) => fact.origin.kind === "source" && [...inputs].some((p) => fact.origin.kind === "source" && fact.origin.file === p.getSourceFile().fileName && fact.origin.start === p.getStart()), fields.size > 0 ? fields : new Set(["input"]));
    const end = ts.isClassDeclaration(node) ? (node.name ?? node).getEnd() : node.getStart() + 1;
    return { name: tool.entry.toolName, sdk: tool.entry.sdk, node, start: node.getStart(), end, parameters: fields.size > 0 ? [...fields].map((name) => ({ name, constraint: "any", free: true })) : [{ name: "input", constraint: "any", free: true }], capabilities: reach.capabilities, approval: reach.approval ?? (approvedWhereHandedOver(node, (identifier) => evaluator.scopes.resolve(identifier)?.declaration) ? "needsApproval" : undefined) };
  }

  private handlerOf(definition: ToolDefinition, args: readonly ts.Expression[]): ts.Expression | undefined {
    const handler = definition.handler;
    if ("argument" in handler) return args[handlerArgumentIndex(args, handler.argument)];
    for (const arg of args) {
      if (!ts.isObjectLiteralExpression(arg)) continue;
      for (const property of arg.properties) {
        const name = property.name ? propertyNameText(property.name) : undefined;
        if (!name || !handler.property.includes(name)) continue;
        if (ts.isPropertyAssignment(property)) return property.initializer;
        if (ts.isMethodDeclaration(property)) return property as unknown as ts.Expression;
        if (ts.isShorthandPropertyAssignment(property)) return property.name;
      }
    }
    return undefined;
  }

  private schemaExpression(definition: ToolDefinition, args: readonly ts.Expression[], handler: ts.Expression | undefined): ts.Expression | undefined {
    const schema = definition.schema;
    if ("argument" in schema) {
      const before = handler ? args[args.indexOf(handler) - 1] : undefined;
      return before && !ts.isStringLiteralLike(before) ? before : undefined;
    }
    const holder = schema.argumentIndex !== undefined ? args[schema.argumentIndex] : args.find(ts.isObjectLiteralExpression);
    if (!holder || !ts.isObjectLiteralExpression(holder)) return undefined;
    return this.taint.evaluator.spreadProperty(holder, schema.property);
  }

  /** A JSON schema written out, or made from a zod schema (`zodToJsonSchema(Args)`, `z.toJSONSchema(Args)`). */
  private schemaObjectParameters(schema: ts.Expression): ToolParameter[] {
    let expr = schema;
    while (ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr) || ts.isParenthesizedExpression(expr)) expr = expr.expression;
    if (ts.isCallExpression(expr) && expr.arguments[0] && /to_?json_?schema/i.test(calleeName(expr.expression) ?? "")) return this.zodParameters(expr.arguments[0]);
    return jsonSchemaParameters(expr);
  }

  private zodParameters(schema: ts.Expression): ToolParameter[] {
    // `inputSchema.shape`: the fields of that zod object.
    const whole = ts.isPropertyAccessExpression(schema) && schema.name.text === "shape" ? schema.expression : schema;
    return [...this.zodFields(whole, 0)].map(([name, fieldSchema]) => this.zodParameter(name, fieldSchema));
  }

  /**
   * The fields of a zod object: written out, through `.refine(…)`/`.describe(…)` and the like, and
   * with what `.extend({ … })` and `.merge(other)` add to a base held in a constant.
   */
  private zodFields(schema: ts.Expression, depth: number): Map<string, ts.Expression> {
    const fields = new Map<string, ts.Expression>();
    const expr = this.taint.evaluator.definitionOf(skipTypeWrappers(schema));
    const addObject = (object: ts.Expression | undefined): void => {
      if (!object || !ts.isObjectLiteralExpression(object)) return;
      for (const property of object.properties) if (ts.isPropertyAssignment(property)) fields.set(propertyNameText(property.name) ?? "?", property.initializer);
    };
    if (ts.isObjectLiteralExpression(expr)) addObject(expr);
    else if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && depth < 4) {
      const method = expr.expression.name.text;
      const receiver = expr.expression.expression;
      if (["object", "strictObject", "looseObject", "Object"].includes(method)) addObject(expr.arguments[0]);
      else if (method === "extend" || method === "merge") {
        for (const [k, v] of this.zodFields(receiver, depth + 1)) fields.set(k, v);
        const added = expr.arguments[0];
        if (added && ts.isObjectLiteralExpression(added)) addObject(added);
        else if (added) for (const [k, v] of this.zodFields(added, depth + 1)) fields.set(k, v);
      } else if (["refine", "superRefine", "describe", "strict", "passthrough", "strip", "transform", "optional", "default", "catchall"].includes(method)) {
        for (const [k, v] of this.zodFields(receiver, depth + 1)) fields.set(k, v);
      }
    }
    return fields;
  }

  private zodParameter(name: string, fieldSchema: ts.Expression): ToolParameter {
    const shape: ZodShape = this.taint.evaluator.zodShape(fieldSchema);
    return { name, constraint: zodConstraint(fieldSchema, shape), free: shape !== "closed" };
  }

  // ── capabilities ─────────────────────────────────────────────────────────────────────────

  /**
   * HTML sinks render in a browser: not something a server-side tool can do. An HTTP write sends
   * data out, unless it goes to a service the code fixes and that reads as an API rather than a
   * messaging endpoint (a search tool POSTing its query to `${base}/search`).
   */
  /** A name for a `const` declared at the top of its module, which no call of a handler can change. */
  private isModuleConstant(expression: ts.Expression): boolean {
    const expr = skipTypeWrappers(expression);
    if (!ts.isIdentifier(expr)) return false;
    const declaration = this.taint.evaluator.scopes.resolve(expr)?.declaration;
    if (!declaration || !ts.isVariableDeclaration(declaration) || !ts.isVariableDeclarationList(declaration.parent)) return false;
    const list = declaration.parent;
    return (list.flags & ts.NodeFlags.Const) !== 0 && ts.isVariableStatement(list.parent) && ts.isSourceFile(list.parent.parent) && this.taint.evaluator.evaluate(expr).facts.length === 0;
  }

  /**
   * A command the operator configures, which no input reaches: built from literals, the environment
   * (`process.env.ComSpec || "cmd.exe"`) and the server's own configuration (`["-c", this.config.tokenScript]`),
   * as an OAuth token helper on every tool's request path runs it.
   */
  private isConfigured(expression: ts.Expression, depth = 0): boolean {
    const expr = skipTypeWrappers(expression);
    if (isConstant(expr) || ts.isNumericLiteral(expr)) return true;
    // No input of any kind reaches it, as far as its callers are followed (`this.config` set from the environment).
    if (this.taint.sourcesReaching("shell", expr).length > 0) return false;
    if (ts.isArrayLiteralExpression(expr)) return expr.elements.every((e) => !ts.isSpreadElement(e) && this.isConfigured(e, depth));
    if (ts.isTemplateExpression(expr)) return expr.templateSpans.every((span) => this.isConfigured(span.expression, depth));
    if (ts.isConditionalExpression(expr)) return this.isConfigured(expr.whenTrue, depth) && this.isConfigured(expr.whenFalse, depth);
    if (ts.isBinaryExpression(expr) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(expr.operatorToken.kind)) return this.isConfigured(expr.left, depth) && this.isConfigured(expr.right, depth);
    if (ts.isPropertyAccessExpression(expr)) {
      let root: ts.Expression = expr;
      while (ts.isPropertyAccessExpression(root)) root = root.expression;
      return root.kind === ts.SyntaxKind.ThisKeyword || (ts.isIdentifier(root) && root.text === "process" && this.taint.evaluator.scopes.resolve(root) === undefined);
    }
    if (ts.isIdentifier(expr) && depth < 2) {
      const declaration = this.taint.evaluator.scopes.resolve(expr)?.declaration;
      return declaration !== undefined && ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined && (declaration.parent.flags & ts.NodeFlags.Const) !== 0 && this.isConfigured(declaration.initializer, depth + 1);
    }
    return false;
  }

  /** A value a package exports (`rgPath` of `@vscode/ripgrep`): fixed when the code is installed. */
  private isPackageExport(expression: ts.Expression): boolean {
    const expr = skipTypeWrappers(expression);
    if (!ts.isIdentifier(expr)) return false;
    const declaration = this.taint.evaluator.scopes.resolve(expr)?.declaration;
    const module = declaration && ts.isImportSpecifier(declaration) ? declaration.parent.parent.parent.moduleSpecifier : declaration && ts.isImportClause(declaration) ? declaration.parent.moduleSpecifier : undefined;
    return module !== undefined && ts.isStringLiteral(module) && !module.text.startsWith(".") && !module.text.startsWith("/");
  }

  private capabilityOf(kind: SinkKind, label: string, node: ts.Node, url: ts.Expression | undefined, reads = false): CapabilityKind | undefined {
    if (kind === "path") return reads || /read|readdir|createReadStream|\.open(Sync)?$/i.test(label) ? "file-read" : "file-write";
    if (kind === "url") {
      if (!httpWrite(node)) return "fetch";
      const described = url ? this.taint.describeUrl(url) : undefined;
      return described?.hostFixed && !messagingUrl.test(described.literalText) ? "fetch" : "send";
    }
    if (kind === "html" || kind === "dot-segment" || kind === "roles" || kind === "label") return undefined;
    // An option such as `rg --pre=/bin/sh` runs a program: the shell capability.
    if (kind === "option") return "shell";
    return kind;
  }

  /**
   * The capabilities reached from some code regions (a handler and what it calls), which of
   * them model-controlled parameters reach (facts accepted by `isToolInput`), and any approval step.
   */
  private reach(regions: readonly ts.Node[], isToolInput: (fact: Fact) => boolean, parameterNames?: ReadonlySet<string>, belongs?: (fact: Fact, sink: ts.Node) => boolean): { capabilities: Capability[]; approval: string | undefined } {
    const capabilities: Capability[] = [];
    let approval: string | undefined;
    const visited = new Set<ts.Node>();
    // A function entered from a call knows what that call passes: `this.safeExecute(ctx, async (page) => …)`
    // calling `operation(page)` runs this tool's callback, not the callbacks every other tool passes.
    // `gates`: whether the region runs before the call that led into it goes on; a helper started and
    // not awaited (`maybeElicitSignIn(server)` after the request) asks nothing that could stop the tool.
    const visitRegion = (region: ts.Node, depth: number, bound: ReadonlyMap<ts.Node, ts.Expression> = new Map(), gates = true): void => {
      if (visited.has(region) || depth > maxFollowDepth) return;
      visited.add(region);
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
          const name = calleeName(node.expression);
          const waitedFor = gates && !(firedAndForgotten(node) && this.returnsPromise(node));
          if (name && approvalCallNames.test(name) && waitedFor) approval ??= name === "elicitInput" ? "MCP elicitation" : `confirmation step (${name})`;
          for (const match of this.taint.callSinkMatches(node, false)) {
            // A command fixed in the code (`execSync("uptime")`, `execFile("git", [...])`) gives the model no power over what runs.
            // A program held in a module-level constant is fixed too (`const rgPath = …; spawn(rgPath, [...])`).
            const fixedArgument = (a: ts.Expression): boolean => isConstant(a) || this.isModuleConstant(a) || this.isPackageExport(a);
            // A command the operator configures is fixed too, when everything else the call is given is (not
            // `spawn(process.execPath, [fileJustWritten])`, which runs code).
            const configured = (a: ts.Expression): boolean => fixedArgument(a) || this.isConfigured(a);
            const configuredCommand = match.kind === "shell" && match.arguments.every(configured) && (node.arguments ?? []).every((a) => ts.isObjectLiteralExpression(skipTypeWrappers(a)) || configured(a));
            if (match.kind === "shell" && (match.arguments.every(fixedArgument) || configuredCommand)) {
              // …but `execFile("git", ["push", remote])` still acts on the world, shell or not.
              const program = match.arguments.length === 1 ? match.arguments[0] : undefined;
              if (program && ts.isStringLiteralLike(program) && mutatingInvocation(node)) this.addCapability(capabilities, "run", `${match.label} ${program.text}`, node, [], isToolInput, parameterNames);
              continue;
            }
            // Nor does a fixed read-only query, also one whose pieces the model cannot choose (`SELECT count(*) FROM ${table}` with `table` an enum).
            if (match.kind === "sql" && match.arguments.every((a) => isReadQuery(a) && (isConstant(a) || this.taint.sourcesReaching("sql", a, node).every((fact) => !isToolInput(fact))))) continue;
            // Nor is loading a module named in the code (`require("./Postgresql")`) evaluating code.
            if (match.kind === "eval" && match.arguments.every((a) => isConstant(a))) continue;
            const kind = this.capabilityOf(match.kind, match.label, node, match.arguments[0], match.reads);
            const accepts = belongs ? (fact: Fact) => isToolInput(fact) && belongs(fact, node) : isToolInput;
            if (match.onlyWithInput && !match.arguments.some((a) => this.taint.sourcesReaching(match.kind, a, node).some(accepts))) continue;
            if (kind) this.addCapability(capabilities, kind, match.label, node, match.arguments, accepts, parameterNames, match.kind);
            // A request the model cannot aim elsewhere may still let it choose the path on the fixed host.
            if (match.kind === "url" && match.arguments[0]) this.addApiPathCapability(capabilities, match.label, node, match.arguments[0], accepts, parameterNames);
            if (match.kind === "dot-segment" && match.arguments[0]) this.addDotSegmentCapability(capabilities, match.label, node, match.arguments[0], accepts, parameterNames);
          }
          const send = sendCapability(node);
          if (send) this.addCapability(capabilities, "send", send, node, [], isToolInput, parameterNames);
          if (depth < maxFollowDepth && ts.isCallExpression(node)) {
            const parameter = ts.isIdentifier(node.expression) ? this.taint.evaluator.scopes.resolve(node.expression)?.declaration : undefined;
            const passed = parameter ? bound.get(parameter) : undefined;
            for (const fn of this.taint.evaluator.evaluate(passed ?? node.expression).functions) {
              const body = "body" in fn ? (fn.body as ts.Node | undefined) : undefined;
              if (!body) continue;
              const binds = new Map<ts.Node, ts.Expression>();
              fn.parameters.forEach((p, i) => {
                const argument = node.arguments[i];
                if (argument && (ts.isArrowFunction(argument) || ts.isFunctionExpression(argument))) binds.set(p, argument);
              });
              visitRegion(body, depth + 1, binds, waitedFor);
            }
          }
        } else if (ts.isPropertyAccessExpression(node) && secretEnvName.test(node.name.text) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "env" && ts.isIdentifier(node.expression.expression) && node.expression.expression.text === "process") {
          this.addCapability(capabilities, "secrets", `process.env.${node.name.text}`, node, [], isToolInput, parameterNames);
        }
        ts.forEachChild(node, visit);
      };
      visit(region);
    };
    for (const region of regions) visitRegion(region, 0);
    return { capabilities, approval };
  }

  /** An `async` function of the project, or MCP's `elicitInput`: a call that only starts something when not awaited. */
  private returnsPromise(node: ts.CallExpression | ts.NewExpression): boolean {
    if (calleeName(node.expression) === "elicitInput") return true;
    return this.taint.evaluator.evaluate(node.expression).functions.some((fn) => (ts.getModifiers(fn as ts.FunctionLikeDeclaration) ?? []).some((m) => m.kind === ts.SyntaxKind.AsyncKeyword));
  }

  /** `fetch(\`${apiBase}/jobs/${jobId}\`)` with `jobId` free: see `apiPathSourcesReaching`. */
  private addApiPathCapability(capabilities: Capability[], label: string, node: ts.Node, url: ts.Expression, isToolInput: (fact: Fact) => boolean, parameterNames: ReadonlySet<string> | undefined): void {
    // Only where the model does not already choose the whole URL at this request.
    if (capabilities.some((c) => (c.kind === "fetch" || c.kind === "send") && c.parameters.length > 0 && (c.node === node || c.alsoAt.includes(node)))) return;
    const parameters = new Set<string>();
    let steps: readonly Step[] = [];
    for (const fact of this.taint.apiPathSourcesReaching(url, node)) {
      if (!isToolInput(fact) || fact.origin.kind !== "source") continue;
      parameters.add(fact.origin.field ?? guessParameter(url, parameterNames) ?? namedInSteps(fact.steps, parameterNames) ?? "input");
      if (steps.length === 0 || fact.steps.length < steps.length) steps = fact.steps;
    }
    if (parameters.size === 0 || !this.taint.carriesCredentials(node)) return;
    const existing = capabilities.find((c) => c.kind === "api-path");
    if (existing) {
      if (existing.node !== node && !existing.alsoAt.includes(node)) existing.alsoAt.push(node);
      return;
    }
    capabilities.push({ kind: "api-path", label, node, parameters: [...parameters], steps, alsoAt: [] });
  }

  /** `client.DELETE("/items/{id}", { params: { path: { id } } })` with `id` free: see `dotSegmentSourcesReaching`. */
  private addDotSegmentCapability(capabilities: Capability[], label: string, node: ts.Node, options: ts.Expression, isToolInput: (fact: Fact) => boolean, parameterNames: ReadonlySet<string> | undefined): void {
    const parameters = new Set<string>();
    let steps: readonly Step[] = [];
    for (const fact of this.taint.dotSegmentSourcesReaching(options, node)) {
      if (!isToolInput(fact) || fact.origin.kind !== "source") continue;
      parameters.add(fact.origin.field ?? namedInSteps(fact.steps, parameterNames) ?? "input");
      if (steps.length === 0 || fact.steps.length < steps.length) steps = fact.steps;
    }
    if (parameters.size === 0) return;
    const found: Capability = { kind: "api-path", label, node, parameters: [...parameters], steps, alsoAt: [], encodedSegment: true };
    const index = capabilities.findIndex((c) => c.kind === "api-path");
    const existing = capabilities[index];
    if (!existing) {
      capabilities.push(found);
      return;
    }
    // The worst request leads: a `DELETE` on the parent resource before a `POST` to it.
    if (existing.encodedSegment && methodWeight(label) > methodWeight(existing.label)) {
      capabilities[index] = { ...found, alsoAt: [existing.node, ...existing.alsoAt].filter((n) => n !== node) };
      return;
    }
    if (existing.node !== node && !existing.alsoAt.includes(node)) existing.alsoAt.push(node);
  }

  private addCapability(
    capabilities: Capability[],
    kind: CapabilityKind,
    label: string,
    node: ts.Node,
    dangerous: readonly ts.Expression[],
    isToolInput: (fact: Fact) => boolean,
    parameterNames: ReadonlySet<string> | undefined,
    /** The sink the facts are checked against, when not the capability's own (an option reaching a program is the shell capability). */
    sink?: SinkKind,
  ): void {
    const parameters = new Set<string>();
    let steps: readonly Step[] = [];
    const sinkKind = sink ?? sinkKindOf(kind);
    for (const arg of sinkKind ? dangerous : []) {
      for (const fact of this.taint.sourcesReaching(sinkKind as SinkKind, arg, node)) {
        if (!isToolInput(fact) || fact.origin.kind !== "source") continue;
        const name = fact.origin.field ?? guessParameter(arg, parameterNames) ?? namedInSteps(fact.steps, parameterNames) ?? "input";
        parameters.add(name);
        if (steps.length === 0 || fact.steps.length < steps.length) steps = fact.steps;
      }
    }
    const existing = capabilities.find((c) => c.kind === kind);
    if (existing && existing.parameters.length > 0 && parameters.size > 0 && existing.node !== node && !existing.alsoAt.includes(node)) existing.alsoAt.push(node);
    if (existing && parameters.size === 0 && existing.quietSites && !existing.quietSites.includes(node)) existing.quietSites.push(node);
    if (existing && (existing.parameters.length > 0 || parameters.size === 0)) return;
    if (existing) capabilities.splice(capabilities.indexOf(existing), 1);
    capabilities.push({ kind, label, node, parameters: [...parameters], steps, alsoAt: [], quietSites: parameters.size === 0 ? [node] : [] });
  }
}


function sinkKindOf(kind: CapabilityKind): SinkKind | undefined {
  switch (kind) {
    case "run":
      return undefined;
    case "shell":
    case "eval":
    case "page-script":
    case "sql":
      return kind;
    case "file-write":
    case "file-read":
      return "path";
    case "fetch":
    case "send":
      return "url";
    case "api-path":
      return "api-path";
    default:
      return undefined;
  }
}

/** How much a request changes, by its method's name in a label (`openapi-fetch DELETE`). */
function methodWeight(label: string): number {
  return /DELETE$/.test(label) ? 3 : /(PUT|PATCH)$/.test(label) ? 2 : /POST$/.test(label) ? 1 : 0;
}

/** SQL text that starts as a query (`SELECT …`, `WITH …`), written out or as a template. */
function isReadQuery(expression: ts.Expression): boolean {
  const expr = skipTypeWrappers(expression);
  const text = ts.isStringLiteralLike(expr) ? expr.text : ts.isTemplateExpression(expr) ? expr.head.text : undefined;
  return text !== undefined && /^\s*(select|with)\b/i.test(text) && !/;\s*\S/.test(text);
}

/**
 * The name code gives a definition that names nothing itself (AI SDK `tool({ … })`): the key or
 * constant that holds it, or the factory that returns it (`function resolveLibraryId() { return tool(…) }`).
 */
function holderName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  let node: ts.Node = call;
  while (ts.isAsExpression(node.parent) || ts.isSatisfiesExpression(node.parent) || ts.isParenthesizedExpression(node.parent) || ts.isAwaitExpression(node.parent)) node = node.parent;
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent) && parent.initializer === node) return propertyNameText(parent.name);
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  // `toolSet[remote.name] = tool({ … })`: one tool per entry of a list the code reads at run time.
  if (ts.isBinaryExpression(parent) && parent.right === node && ts.isElementAccessExpression(parent.left)) return `generated: ${parent.left.argumentExpression.getText()}`;
  const fn = ts.isReturnStatement(parent) ? ts.findAncestor(parent, ts.isFunctionLike) : ts.isArrowFunction(parent) && parent.body === node ? parent : undefined;
  if (!fn) return undefined;
  if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) && fn.name) return propertyNameText(fn.name);
  return ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) ? fn.parent.name.text : undefined;
}

/**
 * What most tools of a file do with none of their input (a telemetry helper every handler calls, the
 * config file each one loads) is the server's bookkeeping, not each tool's capability: a destructive capability
 * reached at the same site with no parameter by a quarter of the file's tools or more (and four or more)
 * is left out of those tools. Where a tool's parameter reaches the site, it stays that tool's.
 */
function withoutSharedBookkeeping(tools: readonly ToolInfo[]): readonly ToolInfo[] {
  if (tools.length < 4) return tools;
  // Only what would make a tool look destructive: a shared read or API call is still what each tool does.
  const quiet = (c: Capability): readonly ts.Node[] => (c.parameters.length > 0 || !destructiveCapabilities.has(c.kind) ? [] : (c.quietSites ?? [c.node]));
  const counts = new Map<ts.Node, number>();
  for (const tool of tools) for (const node of new Set(tool.capabilities.flatMap(quiet))) counts.set(node, (counts.get(node) ?? 0) + 1);
  const shared = new Set([...counts].filter(([, n]) => n >= 4 && n * 4 >= tools.length).map(([node]) => node));
  if (shared.size === 0) return tools;
  // A capability stays, at its first site of its own, when the tool reaches one the others do not.
  const own = (c: Capability): Capability | undefined => {
    if (c.parameters.length > 0 || !destructiveCapabilities.has(c.kind)) return c;
    const sites = quiet(c).filter((node) => !shared.has(node));
    const first = sites[0];
    return first ? { ...c, node: first, label: first === c.node ? c.label : labelAt(first, c.label), quietSites: sites } : undefined;
  };
  return tools.map((tool) => ({ ...tool, capabilities: tool.capabilities.map(own).filter((c): c is Capability => c !== undefined) }));
}

/** The API a site calls, for a capability moved to it: `fs.writeFile` for `fs.writeFile(path, text)`. */
function labelAt(node: ts.Node, fallback: string): string {
  if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) return fallback;
  const text = calleeText(node.expression);
  return text.length > 0 && text.length <= 40 ? text : fallback;
}

/** Names of calls that read as tool definitions, and the SDK imports that make a file worth asking. */
const toolCalleeName = /^(tool|registerTool|addTool|defineTool|createTool|dynamicTool|betaTool|\w+Tool)$/;
const toolCallText = /Tool\b|\.tool\(|\btool\(/;
const toolSdkImport = /["'](ai|@ai-sdk\/[\w-]+|@modelcontextprotocol\/[\w/.-]+|@openai\/agents[\w/-]*|@langchain\/[\w/-]+|langchain[\w/-]*|@mastra\/[\w/-]+|fastmcp|mcp-framework|tmcp|@anthropic-ai\/sdk[\w/-]*|openai|llamaindex|@llamaindex\/[\w/-]+)["']/;
const toolNonDefinitions = /^(use|get|find|has|is|remove|delete|unregister|call|run|invoke|execute|list|select|toggle|set|render|format|parse|handle|show|open|close|update|with)\w*Tool$/;

const assertionCallee = /^(expect|toEqual|toStrictEqual|toMatchObject|toContainEqual|toMatchInlineSnapshot|deepEqual|deepStrictEqual|assert)$/;

/** An object literal written as a test's expected value: an argument of `expect(…)` or of a matcher, inside its arrays and objects. */
function insideAssertion(object: ts.Expression): boolean {
  let node: ts.Node = object;
  while (ts.isArrayLiteralExpression(node.parent) || ts.isObjectLiteralExpression(node.parent) || ts.isPropertyAssignment(node.parent)) node = node.parent;
  const call = node.parent;
  return ts.isCallExpression(call) && call.arguments.includes(node as ts.Expression) && assertionCallee.test(calleeName(call.expression) ?? "");
}

/** A call whose result nobody waits for: a statement of its own without `await`, or `void call()`. */
function firedAndForgotten(node: ts.CallExpression | ts.NewExpression): boolean {
  let outer: ts.Node = node;
  // `helper().catch(log)`: still not waited for.
  while (ts.isPropertyAccessExpression(outer.parent) && ts.isCallExpression(outer.parent.parent) && ["catch", "then", "finally"].includes(outer.parent.name.text)) outer = outer.parent.parent;
  return ts.isExpressionStatement(outer.parent) || ts.isVoidExpression(outer.parent);
}

function isConstant(expression: ts.Expression): boolean {
  return ts.isStringLiteralLike(expression) || ts.isNumericLiteral(expression) || (ts.isArrayLiteralExpression(expression) && expression.elements.every((e) => ts.isExpression(e) && isConstant(e)));
}

/** `tools.push({ name, inputSchema })`: an entry of a list being built. */
function isPush(call: ts.CallExpression): boolean {
  return ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === "push";
}

function isListToolsRegistration(call: ts.CallExpression): boolean {
  const schema = call.arguments[0];
  return ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === "setRequestHandler" && schema !== undefined && ts.isIdentifier(schema) && schema.text === "ListToolsRequestSchema";
}

function isCallToolRegistration(call: ts.CallExpression): boolean {
  const schema = call.arguments[0];
  return ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === "setRequestHandler" && schema !== undefined && ts.isIdentifier(schema) && schema.text === "CallToolRequestSchema";
}

/** `ToolSchema.parse({ name, inputSchema, … })`: a tool object checked by a schema, still a tool object. */
function isParseCall(call: ts.CallExpression): boolean {
  return ts.isPropertyAccessExpression(call.expression) && (call.expression.name.text === "parse" || call.expression.name.text === "safeParse");
}

/**
 * A function declaration of Gemini's API: an element of a `functionDeclarations` list (written there,
 * or in a constant of a file that sends such a list), whose parameters are an object schema with properties.
 */
function isGeminiDeclaration(object: ts.ObjectLiteralExpression, parameters: ts.Expression | undefined): boolean {
  if (!parameters || !ts.isObjectLiteralExpression(parameters) || !ts.isArrayLiteralExpression(object.parent)) return false;
  const typed = parameters.properties.some((p) => ts.isPropertyAssignment(p) && propertyNameText(p.name) === "type" && ts.isStringLiteralLike(p.initializer) && p.initializer.text.toLowerCase() === "object");
  const listed = parameters.properties.some((p) => ts.isPropertyAssignment(p) && propertyNameText(p.name) === "properties");
  if (!typed || !listed) return false;
  const holder = object.parent.parent;
  if (ts.isPropertyAssignment(holder) && propertyNameText(holder.name) === "functionDeclarations") return true;
  // …or a constant of declarations in a file that sends `functionDeclarations` (often a filtered copy of it).
  return ts.isVariableDeclaration(holder) && /\bfunctionDeclarations\b/.test(object.getSourceFile().text);
}

/** An `import` of the MCP SDK, or a top-level `require` of it (`const { Server } = require("@modelcontextprotocol/sdk/server/index.js")`). */
function importsMcp(sourceFile: ts.SourceFile): boolean {
  const isSdk = (specifier: ts.Node | undefined): boolean => specifier !== undefined && ts.isStringLiteralLike(specifier) && /^@modelcontextprotocol\/(sdk|server)\b/.test(specifier.text);
  return sourceFile.statements.some((s) => {
    if (ts.isImportDeclaration(s)) return isSdk(s.moduleSpecifier);
    if (!ts.isVariableStatement(s)) return false;
    return s.declarationList.declarations.some((d) => {
      const init = d.initializer && skipTypeWrappers(d.initializer);
      return init !== undefined && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === "require" && isSdk(init.arguments[0]);
    });
  });
}

function resolveConst(identifier: ts.Identifier, taint: TaintEngine): ts.Expression | undefined {
  const declaration = taint.evaluator.scopes.resolve(identifier)?.declaration;
  return declaration && ts.isVariableDeclaration(declaration) && declaration.initializer ? declaration.initializer : undefined;
}

function calleeName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return undefined;
}

/** `handler` in `const register = (name, config, handler) => server.registerTool(name, config, handler)`. */
function isParameterOfEnclosingFunction(expression: ts.Expression, evaluator: TaintEngine["evaluator"], hops = 0): boolean {
  const expr = skipTypeWrappers(expression);
  // `instrumentTool(name, handler)` or `const wrapped = instrumentTool(name, handler)`: still the wrapper's parameter, handed on.
  if (ts.isCallExpression(expr) && hops < 3) return expr.arguments.some((a, k) => ts.isIdentifier(skipTypeWrappers(a)) && isParameterOfEnclosingFunction(a, evaluator, hops + 1) && evaluator.passThroughWrapper(expr, k));
  if (!ts.isIdentifier(expr)) return false;
  const declaration = evaluator.scopes.resolve(expr)?.declaration;
  if (declaration !== undefined && ts.isParameter(declaration)) return true;
  return hops < 3 && declaration !== undefined && ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined && ts.isCallExpression(skipTypeWrappers(declaration.initializer)) && isParameterOfEnclosingFunction(declaration.initializer, evaluator, hops + 1);
}
