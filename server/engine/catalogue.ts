/**
 * The catalogue's contract: the shapes of what llmsec knows about AI SDKs, sinks, sanitizers and
 * sources. The engine owns these types; `rules/catalogue/` fills them with knowledge (data only),
 * so imports run from the rules to the engine and never back.
 */
import type { RequestSourcesSpec } from "./taint/request-input";
import type { StateGraphSpec } from "./taint/graph-state";

/**
 * `api-path` is a path segment of a request whose host the code fixes (`${apiBase}/jobs/${id}`): not
 * a sink of its own in the catalogue, but read off URL sinks whose origin is settled.
 * `dot-segment` is a path parameter the client encodes as one segment (openapi-fetch's
 * `params.path`) in a request that changes something: encoding leaves a lone `..` as it is, and
 * the URL parser then climbs to the parent resource (`DELETE …/processor/..` deletes the workspace).
 */
export type SinkKind = "eval" | "shell" | "sql" | "html" | "path" | "url" | "api-path" | "dot-segment" | "option" | "roles" | "label" | "page-script";

/** `page-script`: script a driven browser runs in a page (`page.evaluate(text)`), with the page's session and cookies. */

/** `label`: text placed between delimiters that mark it as data (`<documents>${text}</documents>`). */
/** `roles`: a list of chat messages filtered by role (`messages.filter((m) => m.role !== "system")`): the app decided which roles pass. */

/** `option`: an argument a program reads as an option when it starts with `-` (argument injection, CWE-88). */
export type CalleeMatch =
  /** A global function: `eval`, `Function`, `setTimeout`, `require`. */
  | { readonly global: string; readonly receiver?: string }
  /** A module export, called directly or through a namespace / default import: `child_process.exec`, `vm.runInNewContext`. */
  | { readonly modules: readonly string[]; readonly exportName: string; readonly member?: string }
  /** A method on a value of a known kind (a database client), or on anything when `kinds` is omitted. */
  | { readonly method: string; readonly kinds?: readonly string[]; readonly receiverCallee?: readonly string[]; readonly receiverProperties?: readonly string[] }
  /** A method of an instance of a module's class: `new FilterXSS(options).process(html)`. */
  | { readonly modules: readonly string[]; readonly instanceOf: readonly string[]; readonly instanceMethod: string };

export interface CallSink {
  readonly sink: SinkKind;
  /** Shown in messages: "child_process.exec". */
  readonly label: string;
  readonly callee: CalleeMatch;
  /** `call`, `new`, or both. */
  readonly as?: "call" | "new" | "both";
  /** Indexes of the dangerous arguments, or `all`. */
  readonly args: readonly number[] | "all";
  /** When the dangerous value is one field of an options argument: `executeSql(id, { query })`. */
  readonly field?: string;
  /**
   * Extra condition: `shell` — a spawn-like call is a shell sink only with `shell: true` or a
   * shell binary with `-c`; `string` — only when the argument is text, not a function;
   * `sql-text` — only when the argument is SQL built from pieces (for receivers of unknown kind);
   * `interpreter` — only when the program is an interpreter given code inline (`python -c`, `node -e`).
   */
  readonly when?: "shell" | "string" | "sql-text" | "interpreter";
  /** For a method on a receiver of unknown kind: only in a project (preferably the file) that imports one of these packages. */
  readonly fileImports?: readonly string[];
  /** A `path` sink that only reads the file (an upload into a page), whatever its label. */
  readonly reads?: true;
  /** A capability only where a tool's input reaches the argument (launching a browser is not running a program of the model's). */
  readonly onlyWithInput?: true;
}

export interface PropertySink {
  readonly sink: SinkKind;
  readonly property: string;
  readonly label: string;
}

/** Providers, the formats of the keys they issue, and the client options and headers that carry keys. */

export interface Provider {
  readonly id: string;
  /** Name shown in messages. */
  readonly name: string;
  /** Conventional environment variable for the provider's key, used by fixes. */
  readonly envVar: string;
}

export interface SecretPattern {
  readonly provider: string;
  /** What kind of credential, for the message: "project API key". */
  readonly kind: string;
  /** The literal prefix that identifies it; kept visible when the secret is masked. */
  readonly prefix: string;
  /** Anchored pattern for the whole token, prefix included. */
  readonly pattern: RegExp;
  /** `llm` for AI providers, `cloud` for infrastructure and payment credentials. */
  readonly group: "llm" | "cloud";
}

/**
 * A client constructor or factory that takes a credential. `module` is the import specifier;
 * `exportName` the imported name (`default` for a default import); `call` whether it is
 * used with `new` or as a plain call.
 */
export interface CredentialSink {
  readonly module: string;
  readonly exportName: string;
  readonly call: "new" | "call";
  readonly provider: string;
  /** Option names that hold a credential in the options object. */
  readonly keyOptions: readonly string[];
  /** Index of a positional argument that is itself the credential (Hugging Face `HfInference(token)`). */
  readonly keyArgument?: number;
  /** Environment variable per option, where the provider's default does not fit (AWS's key pair). */
  readonly envVars?: Readonly<Record<string, string>>;
}

/**
 * Where model output comes from: the SDK clients, the calls that return model text, and the
 * fields of their results that carry it.
 *
 * A result's shape is written as access paths from the returned value: `.` steps into a field,
 * `[]` into array elements, `@iter` into what `for await` yields, `name()` into a method's
 * result, `on:event` into the argument of an event callback, `*` into any field; `@builder`
 * alone marks a query builder whose other methods (`.select().limit()`) return it. A path ends
 * in model text unless it says `:data` (model-generated structured data: every field is model
 * text) or `:schema` (typed by the zod schema passed in the call's `schema` option). Fields a
 * path does not name — ids, usage, finish reasons — are not model output.
 */

export type ShapeSpec = readonly string[];

/** How a value of a kind is created from a module export. */
export interface KindOrigin {
  readonly kind: string;
  readonly module: string;
  /** `default` for the default export, `*` for the module object itself. */
  readonly exportName: string;
  /** `new` (a class), `call` (a factory), `value` (the export is itself the client). */
  readonly how: "new" | "call" | "value";
}

/** A method call on a value of a known kind: a model call (`returns`) or one that yields another kind (`produces`). */
export interface MemberCall {
  readonly kind: string;
  /** Member names from the value to the method: `["chat", "completions", "create"]`. */
  readonly path: readonly string[];
  /** For `client.send(new XCommand())`: the command class that selects this entry. */
  readonly command?: string;
  readonly returns?: ShapeSpec;
  readonly produces?: string;
  /** `retrieved` for retrieval results (documents, search hits, pages); model output otherwise. */
  readonly category?: "retrieved";
  /** A method name no other API uses (`similaritySearch`): recognized on any receiver. */
  readonly distinctive?: boolean;
  /** Messages of a conversation (a chat channel's history): laid out as a message list's turns, they are the conversation itself, not documents. */
  readonly conversation?: true;
  /** An HTTP request whose answer is retrieved only where it reads data, not a model's answer: a GET, or a request to a fixed address that is no model API. */
  readonly readsData?: true;
}

/** A call of a module's exported function (`generateText(...)`), or of a member of it (`RunnableSequence.from`). */
export interface FunctionCall {
  readonly module: string;
  readonly exportName: string;
  readonly member?: string;
  readonly returns?: ShapeSpec;
  readonly produces?: string;
  readonly category?: "retrieved";
  /** Made with `new` (AI SDK 5's `new Chat({ transport })`): the instance holds the model output. */
  readonly construct?: true;
  /** A hook given a selector (`useAuiState((s) => s.thread.messages)`): what the selector's first parameter holds. */
  readonly selectorReceives?: ShapeSpec;
  /** Callbacks in the call's options (`streamText({ onChunk: ({ chunk }) => … })`): what each one's first parameter holds. */
  readonly optionCallbacks?: Readonly<Record<string, ShapeSpec>>;
}

/**
 * An SDK's result type on a parameter or variable (`completion: OpenAI.Chat.Completions.ChatCompletion`,
 * `block: Anthropic.TextBlock`): the value is model output, whoever passes it in.
 */
export interface TypedSource {
  /** The package; the type may be imported from it or from one of its subpaths. */
  readonly module: string;
  /** The type's own name: the last segment of a qualified name. */
  readonly typeName: string;
  readonly returns: ShapeSpec;
}

/**
 * An SDK's client or model type on a declaration (`llm: BaseLanguageModel`, `apiRequestChain:
 * LLMChain`, `model as BaseChatModel`, `client: OpenAI`): the value is such an instance, whoever
 * made it, so what it returns is model output. Every class the catalogue constructs counts, and
 * the abstract bases code is typed with.
 */
export interface TypedKind {
  readonly kind: string;
  /** The package; the type may be imported from it or from one of its subpaths. */
  readonly module: string;
  /** The exported name, or `default`. */
  readonly typeName: string;
}

/**
 * Agent tool definitions. The model chooses a tool's input, so a handler's input parameter is
 * model output; fields its schema closes (an enum, a number) are not.
 */
export interface ToolDefinition {
  readonly sdk: string;
  /** How the definition is written: a call of a module export, `new` of a class, or a method on a server object. */
  readonly callee: { readonly modules: readonly string[]; readonly exportName: string; readonly as: "call" | "new" } | { readonly method: string; readonly receiverModules: readonly string[] };
  /** Where the handler is: a property of the options object, or a positional argument. */
  readonly handler: { readonly property: readonly string[] } | { readonly argument: "first" | "last" };
  /** Where the input schema is: a property of the options object (or of the argument at `argumentIndex`), or the argument before the handler. */
  readonly schema: { readonly property: readonly string[]; readonly argumentIndex?: number } | { readonly argument: "before-handler" };
  /** The handler receives the input under this field (Mastra's `{ context }`). */
  readonly inputField?: string;
}

/**
 * Agent tools written as classes: a subclass of the SDK's base class with a name, an input schema
 * and the method that runs a call. `schema` is a zod object, or (mcp-framework) an object of
 * `{ type: z.string(), description }` per field.
 */
export interface ToolClass {
  readonly sdk: string;
  /** Packages the base class comes from (a prefix ends in `/`). */
  readonly modules: readonly string[];
  readonly bases: readonly string[];
  /** The method that runs a call; its first parameter is the input. */
  readonly handler: string;
  /** Where the name and the input schema are: a field (`schema`), a method's result (`getName()`), or a field of it (`getConfig().inputSchema`). */
  readonly name: readonly string[];
  readonly schema: readonly string[];
  /** What a class without a schema takes: one string (LangChain's `Tool`), or any input. */
  readonly withoutSchema: "text" | "data";
}

/**
 * SDK tools that call an object the application implements: the SDK runs the tool and hands the
 * model's arguments to the methods of a class or object typed with its interface (Anthropic's
 * memory tool calls `view(command)`, `create(command)`…; OpenAI Agents' `shellTool({ shell })`
 * calls `shell.run(action)`). Each such method's first parameter is the tool's input.
 */
export interface ImplementedTool {
  readonly sdk: string;
  /** Packages the interface comes from (a subpath of one counts). */
  readonly modules: readonly string[];
  readonly typeName: string;
  /** The tool's name as the model calls it. */
  readonly toolName: string;
  /** The methods the SDK calls with the model's arguments; every method when absent. */
  readonly methods?: readonly string[];
}

export interface Sanitizer {
  readonly callee: CalleeMatch;
  /** The sinks it protects; `all` for a conversion into a closed type. */
  readonly protects: readonly SinkKind[] | "all";
  /** Only once the module configures the library so: `Marked.setOptions({ sanitize: true })`. */
  readonly configuredBy?: { readonly method: string; readonly option: string };
  /** Safe by default, unless the module configures the library otherwise: mermaid's `initialize({ securityLevel: "loose" })`. */
  readonly unlessConfigured?: { readonly method: string; readonly option: string; readonly unsafe: readonly string[] };
}

/**
 * Library functions that hand back what they are given: React's memoizing hooks and component
 * wrappers. A value or function passed through them is the same value or function for the
 * analysis (`useMemo(() => render, [])` is `render`; `memo(Reply)` is `Reply`).
 */
export interface IdentityWrapper {
  readonly modules: readonly string[];
  readonly exportName: string;
  /** `argument`: the first argument itself; `result`: what the first argument (a callback) returns. */
  readonly gives: "argument" | "result";
  /** Which argument is wrapped, when not the first (Pinia's `defineStore(id, setup)`). */
  readonly argument?: number;
  /** A field through which the held value is read and written (Vue's `ref(x).value`). */
  readonly box?: string;
}

export interface EndpointSource {
  readonly callee: CalleeMatch;
  readonly as: "call" | "new";
  /** The argument holding the URL. */
  readonly urlArgument: number;
  /** What of the result is model output. */
  readonly returns?: ShapeSpec;
  /** Callbacks in an options argument that receive model output: `{ onmessage(ev) {…} }` → `ev.data`. */
  readonly callbacks?: { readonly argument: number; readonly names: readonly string[]; readonly receives: ShapeSpec };
}

/**
 * Parsers that hand what they are fed to a callback: eventsource-parser's
 * `createParser((event) => …)` (or `{ onEvent }`) receives `event.data` from `parser.feed(text)`.
 */
export interface FeedParser {
  readonly modules: readonly string[];
  readonly exportName: string;
  /** Where the callback sits: the first argument, or a property of it. */
  readonly callbackProperties: readonly string[];
  readonly feedMethod: string;
  /** The field of the callback's argument that carries what was fed. */
  readonly field: string;
}

/** Everything the catalogue holds, as the engine reads it. */
/** What llmsec knows of MCP servers that configs start, by package or image name. */
export interface McpServerKnowledge {
  /** Servers that read and write the directories they are given as arguments. */
  readonly filesystemServers: readonly string[];
  /** Bridges that connect a local client to the remote server whose URL is an argument (`mcp-remote https://…`). */
  readonly remoteBridges: readonly string[];
}

/** What marks an agent loop and the options that set what a model call may cost. */
export interface AgentKnowledge {
  /** Fields of a model's response that say it asked for tools (`tool_calls`, `stop_reason`). */
  readonly toolRequestFields: readonly string[];
  /** Options of a model call that hand it tools. */
  readonly toolOptions: readonly string[];
  /** Options of a model call that set its cost: tokens, number of choices, model, steps. */
  readonly costOptions: readonly string[];
  /** Options objects nested in a call's options that hold cost options (`generationConfig: { maxOutputTokens }`). */
  readonly costOptionHolders: readonly string[];
  /** Kinds of value whose constructor or factory takes cost options for every later call (`new ChatOpenAI({ maxTokens })`, `startChat({ generationConfig })`). */
  readonly configuredKinds: readonly string[];
  /** Options that bound a run of any call they are given to (LangGraph's `recursionLimit` in `graph.invoke(input, config)`). */
  readonly runLimitOptions: readonly string[];
  /** Calls that wait for a person's input: a loop that makes one each round is a chat session. */
  readonly userInputCalls: readonly string[];
}

export interface Catalogue {
  readonly providers: ReadonlyMap<string, Provider>;
  readonly mcpServers: McpServerKnowledge;
  readonly agents: AgentKnowledge;
  readonly secretPatterns: readonly SecretPattern[];
  readonly credentialSinks: readonly CredentialSink[];
  readonly credentialHeaders: ReadonlySet<string>;
  readonly credentialEnvNames: {
    readonly reads: RegExp;
    readonly excludes: RegExp;
  };
  readonly credentialOptionNames: ReadonlySet<string>;
  readonly kindOrigins: readonly KindOrigin[];
  readonly memberCalls: readonly MemberCall[];
  readonly functionCalls: readonly FunctionCall[];
  readonly typedSources: readonly TypedSource[];
  readonly implementedTools: readonly ImplementedTool[];
  readonly typedKinds: readonly TypedKind[];
  readonly completionShape: ShapeSpec;
  readonly parsedCompletionShape: ShapeSpec;
  readonly metadataFields: ReadonlySet<string>;
  readonly toolDefinitions: readonly ToolDefinition[];
  readonly toolClasses: readonly ToolClass[];
  /** Factories whose options look like a tool but that the app's code runs (Mastra's `createStep`). */
  readonly nonToolFactories: readonly { readonly modules: readonly string[]; readonly exportName: string }[];
  /** A registration recognized by its arguments: a name, options with a schema under one of `schemaProperties`, a handler. */
  readonly toolRegistrationShape: { readonly sdk: string; readonly schemaProperties: readonly string[] };
  readonly toolObjectShape: {
    readonly schemaProperties: readonly string[];
    readonly handlerProperties: readonly string[];
    /** Properties holding a nested `{ name, inputSchema }` beside the handler. */
    readonly descriptorProperties: readonly string[];
    readonly schemaModules: readonly string[];
    readonly moduleHandlerExports: readonly string[];
  };
  readonly promptFields: {
    readonly system: readonly string[];
    readonly content: readonly string[];
    /** Calls whose options hold a run's instructions though they answer with no text (OpenAI's Assistants API). */
    readonly instructionCalls: readonly { readonly kind: string; readonly path: readonly string[] }[];
    /** Model calls whose first argument is the prompt itself (`api.sendMessage(text)`). */
    readonly promptArgumentCalls: readonly { readonly kind: string; readonly path: readonly string[]; /** The argument may also be a list of messages with roles. */ readonly messages?: true }[];
    /** Kinds of client whose `messages` cannot hold a system turn: forwarding the caller's list gives it no system role. */
    readonly messagesWithoutSystemRole: readonly string[];
  };
  readonly promptBuilders: {
    readonly systemMessages: readonly {
        readonly modules: readonly string[];
        readonly exportName: string;
    }[];
    readonly userMessages: readonly {
        readonly modules: readonly string[];
        readonly exportName: string;
    }[];
    readonly templates: readonly {
        readonly modules: readonly string[];
        readonly exportName: string;
    }[];
    /** Chains whose first step maps inputs to a template's variables (`RunnableSequence.from([{ context: … }, prompt, model])`). */
    readonly sequences: readonly {
        readonly modules: readonly string[];
        readonly exportName: string;
    }[];
    /** Template classes built with `new` and a `{ template }` option (LlamaIndex's `PromptTemplate`). */
    readonly templateClasses: readonly {
        readonly modules: readonly string[];
        readonly exportName: string;
    }[];
    /** Agent classes whose constructor options hold the prompt (`instructions`). */
    readonly agents: readonly {
        readonly modules: readonly string[];
        readonly exportName: string;
    }[];
    /** Kinds of value whose output is retrieved documents (a LangChain retriever). */
    readonly retrieverKinds: readonly string[];
    /** Chains that retrieve on their own and fill a template's `{context}`: where the template is among `fromLLM`'s options (a dotted path). */
    readonly retrievalChains: readonly {
        readonly modules: readonly string[];
        readonly exportName: string;
        readonly templateOptions: readonly string[];
    }[];
  };
  readonly callSinks: readonly CallSink[];
  readonly propertySinks: readonly PropertySink[];
  readonly jsxHtmlAttributes: ReadonlySet<string>;
  readonly frameworkHtmlAttributes: readonly {
    readonly modules: readonly string[];
    readonly attribute: string;
  }[];
  readonly markdownHtml: {
    readonly pluginAttributes: Set<string>;
    readonly rawHtmlPlugins: Set<string>;
    readonly pipelineModules: Set<string>;
    readonly sanitizingPlugins: Set<string>;
    readonly limitingAttributes: Set<string>;
    readonly rawByDefault: readonly {
        readonly modules: readonly string[];
        readonly exportName: string;
        readonly beforeMajor: number;
    }[];
  };
  readonly frameDocumentAttributes: readonly {
    readonly element: string;
    readonly attribute: string;
    readonly isolatedBy: string;
    readonly unlessToken: string;
  }[];
  readonly markdownToHtmlRenderers: readonly {
    readonly label: string;
    readonly modules: readonly string[];
    readonly globals: readonly string[];
    readonly functions: readonly string[];
    readonly methods: readonly string[];
    /** A renderer that escapes raw HTML unless its options (second argument) set this to `true`. */
    readonly rawHtmlOption?: string;
  }[];
  readonly shellTemplateTags: readonly { readonly modules: readonly string[]; readonly exportName: string }[];
  readonly textTemplateTags: readonly { readonly modules: readonly string[]; readonly exportName: string }[];
  readonly shellBinaries: ReadonlySet<string>;
  readonly remoteShellPrograms: ReadonlyMap<string, string>;
  readonly inlineCodeInterpreters: ReadonlyMap<string, ReadonlySet<string>>;
  readonly optionParsingPrograms: ReadonlySet<string>;
  readonly fileContentWrites: ReadonlySet<string>;
  readonly fileModules: ReadonlySet<string>;
  readonly programPathModules: ReadonlyMap<string, string>;
  readonly valueTakingOptions: ReadonlyMap<string, ReadonlySet<string>>;
  readonly databaseReceiverName: RegExp;
  readonly databaseReceiverMethods: ReadonlySet<string>;
  readonly sanitizers: readonly Sanitizer[];
  readonly htmlEscapingRenderers: readonly {
    readonly modules: readonly string[];
    readonly exportName: string;
    readonly methods: readonly string[];
    readonly rawHtmlOption: string;
    readonly rawHtmlPresets: readonly string[];
  }[];
  readonly rawHtmlHooks: readonly {
    readonly modules: readonly string[];
    readonly hook: string;
    readonly configureMethods: readonly string[];
    readonly escapedByDefault: readonly string[];
  }[];
  readonly sanitizerNames: ReadonlyMap<string, readonly SinkKind[]>;
  readonly sanitizerNamePatterns: readonly { readonly pattern: RegExp; readonly protects: readonly SinkKind[] }[];
  readonly guardPredicatePatterns: readonly { readonly pattern: RegExp; readonly protects: readonly SinkKind[] | "all" }[];
  readonly closedZodConstructors: ReadonlySet<string>;
  readonly closedZodStringRefinements: ReadonlySet<string>;
  readonly zodModules: ReadonlySet<string>;
  readonly valibotModules: ReadonlySet<string>;
  readonly typeboxModules: ReadonlySet<string>;
  readonly vueAutoImports: ReadonlySet<string>;
  readonly identityWrappers: readonly IdentityWrapper[];
  readonly stateStores: readonly {
    readonly module: string;
    readonly exportName: string;
  }[];
  readonly stateHooks: readonly {
    readonly modules: readonly string[];
    readonly exportName: string;
    readonly read: "value" | "call";
  }[];
  readonly atomLibraries: readonly {
    readonly modules: readonly string[];
    readonly create: string;
    readonly readWrite: string;
    readonly read: string;
    readonly write: string;
  }[];
  readonly reduxToolkit: {
    readonly modules: readonly string[];
    readonly createSlice: string;
    readonly createAsyncThunk: string;
    readonly selectorModules: readonly string[];
    readonly selector: string;
    readonly caseMethods: readonly string[];
  };
  /** Chat UI components that render messages with components the app gives them (see `rules/catalogue/wrappers.ts`). */
  readonly chatRenderers: readonly { readonly modules: readonly string[]; readonly exportNames: readonly string[]; readonly prop: string; readonly member?: string; readonly receives: readonly string[] }[];
  readonly listComponents: readonly {
    readonly modules: readonly string[];
    readonly exportName: string;
    readonly listProp: string;
  }[];
  readonly markdownComponents: readonly {
    readonly modules: readonly string[];
    readonly exportNames: readonly string[];
    readonly overridesProp: string;
    readonly textProp: string;
  }[];
  readonly valueStores: {
    readonly modules: readonly string[];
    readonly creators: readonly string[];
    readonly action: string;
    readonly read: string;
    readonly hooks: readonly {
        readonly modules: readonly string[];
        readonly exportName: string;
        readonly read: string;
    }[];
  };
  readonly endpointSources: readonly EndpointSource[];
  readonly chatEndpointUrl: RegExp;
  readonly chatEndpointTail: RegExp;
  readonly chatEndpointRejects: RegExp;
  readonly chatEndpointReportRoots: RegExp;
  readonly staticAssetUrl: RegExp;
  readonly providerGenerationUrls: readonly RegExp[];
  readonly modelApiUrls: readonly RegExp[];
  readonly messageChannels: {
    readonly postMethods: Set<string>;
    readonly extensionEvents: Set<string>;
    readonly extensionSendReceivers: Set<string>;
    readonly electronModules: Set<string>;
    readonly electronSends: Set<string>;
    readonly electronListeners: Set<string>;
    readonly tauriEventModules: Set<string>;
    readonly exposedIpcRenderers: readonly (readonly string[])[];
  };
  readonly feedParsers: readonly FeedParser[];
  readonly requestSources: RequestSourcesSpec;
  readonly stateGraphs: readonly StateGraphSpec[];
}
