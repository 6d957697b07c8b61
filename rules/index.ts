import type { Rule } from "../server/engine/rule";
import secretCloudCredential from "./secret-cloud-credential";
import secretLlmProviderKey from "./secret-llm-provider-key";
import secretUnprefixedApiKey from "./secret-unprefixed-api-key";
import llmOutputToEval from "./llm-output-to-eval";
import llmOutputToFilePath from "./llm-output-to-file-path";
import llmOutputToHtml from "./llm-output-to-html";
import llmOutputToShell from "./llm-output-to-shell";
import llmOutputToSql from "./llm-output-to-sql";
import llmOutputToUrl from "./llm-output-to-url";
import llmMarkdownRawHtml from "./llm-markdown-raw-html";
import ragContextInSystemPrompt from "./rag-context-in-system-prompt";
import ragUnlabeledContext from "./rag-unlabeled-context";
import promptRequestInSystemPrompt from "./prompt-request-in-system-prompt";
import promptSecretInPrompt from "./prompt-secret-in-prompt";
import promptClientMessageRoles from "./prompt-client-message-roles";
import promptSystemPromptInClient from "./prompt-system-prompt-in-client";
import toolMissingApproval from "./tool-missing-approval";
import toolAnnotationMismatch from "./tool-annotation-mismatch";
import toolUnconstrainedCapability from "./tool-unconstrained-capability";
import agentUnboundedLoop from "./agent-unbounded-loop";
import agentRequestControlledCost from "./agent-request-controlled-cost";
import mcpUnpinnedPackage from "./mcp-unpinned-package";
import mcpPlainHttp from "./mcp-plain-http";
import mcpBroadRoot from "./mcp-broad-root";

/** Every rule llmsec ships, in the order `llmsec rules` lists them. */
export const allRules: readonly Rule[] = [
  llmOutputToEval,
  llmOutputToShell,
  llmOutputToSql,
  llmOutputToHtml,
  llmMarkdownRawHtml,
  llmOutputToFilePath,
  llmOutputToUrl,
  toolUnconstrainedCapability,
  toolMissingApproval,
  toolAnnotationMismatch,
  ragUnlabeledContext,
  ragContextInSystemPrompt,
  promptRequestInSystemPrompt,
  promptSecretInPrompt,
  promptClientMessageRoles,
  promptSystemPromptInClient,
  agentUnboundedLoop,
  agentRequestControlledCost,
  mcpUnpinnedPackage,
  mcpPlainHttp,
  mcpBroadRoot,
  secretLlmProviderKey,
  secretCloudCredential,
  secretUnprefixedApiKey,
];
