/**
 * The SDK catalogue: everything llmsec knows about AI providers, their client libraries, and
 * the APIs model output must not reach, as data. Rules and the taint engine read it; none of
 * them hard-codes a package name, a method or a key format.
 */
import { completionShape, parsedCompletionShape, functionCalls, kindOrigins, memberCalls, metadataFields, promptBuilders, promptFields, implementedTools, toolClasses, toolDefinitions, toolObjectShape, typedKinds, typedSources, type FunctionCall, type KindOrigin, type MemberCall, type ShapeSpec, type ImplementedTool, type ToolClass, type ToolDefinition, type TypedKind, type TypedSource } from "./model-sources";
import { closedZodConstructors, closedZodStringRefinements, guardPredicatePatterns, htmlEscapingRenderers, rawHtmlHooks, sanitizerNamePatterns, sanitizerNames, sanitizers, zodModules, valibotModules, typeboxModules, type Sanitizer } from "./sanitizers";
import { credentialEnvNames, credentialHeaders, credentialSinks, providerList, secretPatterns, type CredentialSink, type Provider, type SecretPattern } from "./secrets";
import { chatEndpointRejects, chatEndpointReportRoots, chatEndpointTail, chatEndpointUrl, endpointSources, modelApiUrls, providerGenerationUrls, staticAssetUrl, type EndpointSource } from "./chat-endpoints";
import { feedParsers, messageChannels, type FeedParser } from "./channels";
import { requestSources } from "./request-sources";
import type { RequestSourcesSpec } from "../../server/engine/taint/request-input";
import { atomLibraries, identityWrappers, listComponents, markdownComponents, reduxToolkit, valueStores, stateHooks, stateStores, type IdentityWrapper, vueAutoImports } from "./wrappers";
import { callSinks, fileContentWrites, fileModules, databaseKindOrigins, databaseMemberCalls, databaseReceiverMethods, databaseReceiverName, frameDocumentAttributes, frameworkHtmlAttributes, jsxHtmlAttributes, markdownHtml, markdownToHtmlRenderers, optionParsingPrograms, programPathModules, valueTakingOptions, propertySinks, inlineCodeInterpreters, remoteShellPrograms, shellBinaries, shellTemplateTags, textTemplateTags, type CallSink, type PropertySink, type SinkKind } from "./sinks";

export type { CalleeMatch, CallSink, PropertySink, SinkKind } from "./sinks";
export type { CredentialSink, Provider, SecretPattern } from "./secrets";
export type { FunctionCall, KindOrigin, MemberCall, ShapeSpec, ImplementedTool, ToolClass, ToolDefinition, TypedKind, TypedSource } from "./model-sources";
export type { Sanitizer } from "./sanitizers";
export type { IdentityWrapper } from "./wrappers";
export type { EndpointSource } from "./chat-endpoints";

export interface Catalogue {
  readonly providers: ReadonlyMap<string, Provider>;
  readonly secretPatterns: readonly SecretPattern[];
  readonly credentialSinks: readonly CredentialSink[];
  readonly credentialHeaders: ReadonlySet<string>;
  readonly credentialEnvNames: typeof credentialEnvNames;
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
  readonly toolObjectShape: typeof toolObjectShape;
  readonly promptFields: typeof promptFields;
  readonly promptBuilders: typeof promptBuilders;
  readonly callSinks: readonly CallSink[];
  readonly propertySinks: readonly PropertySink[];
  readonly jsxHtmlAttributes: ReadonlySet<string>;
  readonly frameworkHtmlAttributes: typeof frameworkHtmlAttributes;
  readonly markdownHtml: typeof markdownHtml;
  readonly frameDocumentAttributes: typeof frameDocumentAttributes;
  readonly markdownToHtmlRenderers: typeof markdownToHtmlRenderers;
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
  readonly htmlEscapingRenderers: typeof htmlEscapingRenderers;
  readonly rawHtmlHooks: typeof rawHtmlHooks;
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
  readonly stateStores: typeof stateStores;
  readonly stateHooks: typeof stateHooks;
  readonly atomLibraries: typeof atomLibraries;
  readonly reduxToolkit: typeof reduxToolkit;
  readonly listComponents: typeof listComponents;
  readonly markdownComponents: typeof markdownComponents;
  readonly valueStores: typeof valueStores;
  readonly endpointSources: readonly EndpointSource[];
  readonly chatEndpointUrl: RegExp;
  readonly chatEndpointTail: RegExp;
  readonly chatEndpointRejects: RegExp;
  readonly chatEndpointReportRoots: RegExp;
  readonly staticAssetUrl: RegExp;
  readonly providerGenerationUrls: readonly RegExp[];
  readonly modelApiUrls: readonly RegExp[];
  readonly messageChannels: typeof messageChannels;
  readonly feedParsers: readonly FeedParser[];
  readonly requestSources: RequestSourcesSpec;
}

export const catalogue: Catalogue = {
  providers: new Map(providerList.map((p) => [p.id, p])),
  secretPatterns,
  credentialSinks,
  credentialHeaders,
  credentialEnvNames,
  credentialOptionNames: new Set(credentialSinks.flatMap((s) => s.keyOptions)),
  kindOrigins: [...kindOrigins, ...databaseKindOrigins],
  memberCalls: [...memberCalls, ...databaseMemberCalls],
  functionCalls,
  typedSources,
  implementedTools,
  typedKinds,
  completionShape,
  parsedCompletionShape,
  metadataFields,
  toolDefinitions,
  toolClasses,
  toolObjectShape,
  promptFields,
  promptBuilders,
  callSinks,
  propertySinks,
  jsxHtmlAttributes,
  frameworkHtmlAttributes,
  markdownHtml,
  frameDocumentAttributes,
  markdownToHtmlRenderers,
  shellTemplateTags,
  textTemplateTags,
  shellBinaries,
  remoteShellPrograms,
  inlineCodeInterpreters,
  optionParsingPrograms,
  fileContentWrites,
  fileModules,
  programPathModules,
  valueTakingOptions,
  databaseReceiverName,
  databaseReceiverMethods,
  sanitizers,
  htmlEscapingRenderers,
  rawHtmlHooks,
  sanitizerNames,
  sanitizerNamePatterns,
  guardPredicatePatterns,
  closedZodConstructors,
  closedZodStringRefinements,
  zodModules,
  valibotModules,
  typeboxModules,
  identityWrappers,
  vueAutoImports,
  stateStores,
  stateHooks,
  atomLibraries,
  reduxToolkit,
  listComponents,
  markdownComponents,
  valueStores,
  endpointSources,
  chatEndpointUrl,
  chatEndpointTail,
  chatEndpointRejects,
  chatEndpointReportRoots,
  staticAssetUrl,
  providerGenerationUrls,
  modelApiUrls,
  messageChannels,
  feedParsers,
  requestSources,
};

export function providerOf(id: string): Provider {
  const provider = catalogue.providers.get(id);
  if (!provider) throw new Error(`catalogue: unknown provider ${id}`);
  return provider;
}
