/**
 * The SDK catalogue: everything llmsec knows about AI providers, their client libraries, and
 * the APIs model output must not reach, as data. Rules and the taint engine read it; none of
 * them hard-codes a package name, a method or a key format.
 */
import type { Catalogue, Provider } from "../../server/engine/catalogue";
import { completionShape, parsedCompletionShape, functionCalls, kindOrigins, memberCalls, metadataFields, promptBuilders, promptFields, implementedTools, toolClasses, toolDefinitions, toolObjectShape, toolRegistrationShape, nonToolFactories, typedKinds, typedSources } from "./model-sources";
import { closedZodConstructors, closedZodStringRefinements, guardPredicatePatterns, htmlEscapingRenderers, rawHtmlHooks, sanitizerNamePatterns, sanitizerNames, sanitizers, zodModules, valibotModules, typeboxModules } from "./sanitizers";
import { credentialEnvNames, credentialHeaders, credentialSinks, providerList, secretPatterns } from "./secrets";
import { chatEndpointRejects, chatEndpointReportRoots, chatEndpointTail, chatEndpointUrl, endpointSources, modelApiUrls, providerGenerationUrls, staticAssetUrl } from "./chat-endpoints";
import { feedParsers, messageChannels } from "./channels";
import { requestSources } from "./request-sources";
import { mcpServers } from "./mcp-servers";
import { agents } from "./agents";
import { atomLibraries, chatRenderers, stateGraphs, identityWrappers, listComponents, markdownComponents, reduxToolkit, valueStores, stateHooks, stateStores, vueAutoImports } from "./wrappers";
import { callSinks, fileContentWrites, fileModules, databaseKindOrigins, databaseMemberCalls, databaseReceiverMethods, databaseReceiverName, frameDocumentAttributes, frameworkHtmlAttributes, jsxHtmlAttributes, markdownHtml, markdownToHtmlRenderers, optionParsingPrograms, programPathModules, valueTakingOptions, propertySinks, inlineCodeInterpreters, remoteShellPrograms, shellBinaries, shellTemplateTags, textTemplateTags } from "./sinks";



export type { CalleeMatch, CallSink, PropertySink, SinkKind, CredentialSink, Provider, SecretPattern, FunctionCall, KindOrigin, MemberCall, ShapeSpec, ImplementedTool, ToolClass, ToolDefinition, TypedKind, TypedSource, Sanitizer, IdentityWrapper, EndpointSource, FeedParser, Catalogue } from "../../server/engine/catalogue";

export const catalogue: Catalogue = {
  providers: new Map(providerList.map((p) => [p.id, p])),
  mcpServers,
  agents,
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
  toolRegistrationShape,
  nonToolFactories,
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
  chatRenderers,
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
  stateGraphs,
};

export function providerOf(id: string): Provider {
  const provider = catalogue.providers.get(id);
  if (!provider) throw new Error(`catalogue: unknown provider ${id}`);
  return provider;
}
