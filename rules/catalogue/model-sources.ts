/** What the AI SDK's `streamText` hands its option callbacks: each chunk, the finished text, each step. */
import type { Catalogue, FunctionCall, ImplementedTool, KindOrigin, MemberCall, ShapeSpec, ToolClass, ToolDefinition, TypedKind, TypedSource } from "../../server/engine/catalogue";
const aiSdkCallbacks: Readonly<Record<string, ShapeSpec>> = {
  onChunk: ["chunk.text", "chunk.textDelta", "chunk.delta", "chunk.input:data", "chunk.args:data"],
  onFinish: ["text", "steps[].text", "toolCalls[].args:data", "toolCalls[].input:data"],
  onStepFinish: ["text", "toolCalls[].args:data", "toolCalls[].input:data"],
};

/** assistant-ui's state, as its selectors see it: messages of the thread, the message and the part in scope (text and tool-call arguments). */
const assistantUiMessage = ["content[].text", "content[].args:data", "content[].argsText", "parts[].text", "parts[].args:data"];
const assistantUiState: ShapeSpec = [
  ...assistantUiMessage.map((p) => `thread.messages[].${p}`),
  ...assistantUiMessage.map((p) => `message.${p}`),
  "part.text", "part.args:data", "part.argsText",
];

const openAiCompatibleModules: readonly (readonly [string, string])[] = [
  ["openai", "default"],
  ["openai", "OpenAI"],
  ["openai", "AzureOpenAI"],
  ["groq-sdk", "default"],
  ["groq-sdk", "Groq"],
  ["together-ai", "default"],
  ["together-ai", "Together"],
  ["@cerebras/cerebras_cloud_sdk", "default"],
  ["@cerebras/cerebras_cloud_sdk", "Cerebras"],
  // Portkey's gateway client speaks OpenAI's API.
  ["portkey-ai", "default"],
  ["portkey-ai", "Portkey"],
  // OpenPipe's drop-in client records calls and answers as OpenAI does.
  ["openpipe/openai", "default"],
  ["openpipe/openai", "OpenAI"],
];

export const kindOrigins: readonly KindOrigin[] = [
  ...openAiCompatibleModules.map(([module, exportName]) => ({ kind: "openai", module, exportName, how: "new" as const })),
  { kind: "openai-v3", module: "openai", exportName: "OpenAIApi", how: "new" },
  { kind: "anthropic", module: "@anthropic-ai/sdk", exportName: "default", how: "new" },
  { kind: "anthropic", module: "@anthropic-ai/sdk", exportName: "Anthropic", how: "new" },
  { kind: "anthropic", module: "@anthropic-ai/bedrock-sdk", exportName: "AnthropicBedrock", how: "new" },
  { kind: "anthropic", module: "@anthropic-ai/vertex-sdk", exportName: "AnthropicVertex", how: "new" },
  { kind: "google-genai", module: "@google/genai", exportName: "GoogleGenAI", how: "new" },
  { kind: "google-generative-ai", module: "@google/generative-ai", exportName: "GoogleGenerativeAI", how: "new" },
  { kind: "ollama", module: "ollama", exportName: "default", how: "value" },
  { kind: "ollama", module: "ollama", exportName: "Ollama", how: "new" },
  { kind: "ollama", module: "ollama/browser", exportName: "default", how: "value" },
  { kind: "mistral", module: "@mistralai/mistralai", exportName: "Mistral", how: "new" },
  { kind: "cohere", module: "cohere-ai", exportName: "CohereClient", how: "new" },
  // The `chatgpt` package (ChatGPT-Web and its forks): `api.sendMessage(text, { systemMessage })`.
  { kind: "chatgpt-api", module: "chatgpt", exportName: "ChatGPTAPI", how: "new" },
  { kind: "cohere-v2", module: "cohere-ai", exportName: "CohereClientV2", how: "new" },
  { kind: "bedrock", module: "@aws-sdk/client-bedrock-runtime", exportName: "BedrockRuntimeClient", how: "new" },
  { kind: "bedrock", module: "@aws-sdk/client-bedrock-runtime", exportName: "BedrockRuntime", how: "new" },
  ...[
    ["@langchain/openai", "ChatOpenAI"], ["@langchain/openai", "AzureChatOpenAI"], ["@langchain/anthropic", "ChatAnthropic"],
    ["@langchain/google-genai", "ChatGoogleGenerativeAI"], ["@langchain/google-vertexai", "ChatVertexAI"], ["@langchain/mistralai", "ChatMistralAI"],
    ["@langchain/groq", "ChatGroq"], ["@langchain/ollama", "ChatOllama"], ["@langchain/aws", "ChatBedrockConverse"], ["@langchain/cohere", "ChatCohere"],
    ["@langchain/community/chat_models/ollama", "ChatOllama"], ["@langchain/community/chat_models/togetherai", "ChatTogetherAI"],
    ["@langchain/deepseek", "ChatDeepSeek"], ["@langchain/xai", "ChatXAI"],
  ].map(([module, exportName]) => ({ kind: "lc-chat-model", module: module ?? "", exportName: exportName ?? "", how: "new" as const })),
  { kind: "lc-llm", module: "@langchain/openai", exportName: "OpenAI", how: "new" },
  { kind: "lc-llm", module: "@langchain/ollama", exportName: "Ollama", how: "new" },
  { kind: "lc-chat-model", module: "langchain/chat_models/universal", exportName: "initChatModel", how: "call" },
  { kind: "lc-agent", module: "@langchain/langgraph/prebuilt", exportName: "createReactAgent", how: "call" },
  { kind: "lc-agent", module: "langchain", exportName: "createAgent", how: "call" },
  { kind: "lc-agent", module: "langchain/agents", exportName: "AgentExecutor", how: "new" },
  { kind: "lc-agent", module: "langchain/agents", exportName: "createToolCallingAgent", how: "call" },
  { kind: "lc-agent", module: "langchain/agents", exportName: "createOpenAIFunctionsAgent", how: "call" },
  { kind: "ai-agent", module: "ai", exportName: "ToolLoopAgent", how: "new" },
  { kind: "ai-agent", module: "ai", exportName: "Experimental_Agent", how: "new" },
  { kind: "mastra-agent", module: "@mastra/core/agent", exportName: "Agent", how: "new" },
  { kind: "mastra-agent", module: "@mastra/core", exportName: "Agent", how: "new" },
  { kind: "lc-runnable", module: "langchain/chains", exportName: "LLMChain", how: "new" },
  { kind: "lc-runnable", module: "langchain/chains", exportName: "ConversationChain", how: "new" },
  { kind: "lc-runnable", module: "langchain/chains", exportName: "RetrievalQAChain", how: "new" },
  { kind: "lc-runnable", module: "langchain/chains/combine_documents", exportName: "createStuffDocumentsChain", how: "call" },
  { kind: "lc-runnable", module: "langchain/chains/retrieval", exportName: "createRetrievalChain", how: "call" },
  { kind: "lc-runnable", module: "langchain/chains/sql_db", exportName: "createSqlQueryChain", how: "call" },
  ...[
    ["langchain/vectorstores/memory", "MemoryVectorStore"], ["@langchain/pinecone", "PineconeStore"], ["@langchain/community/vectorstores/chroma", "Chroma"],
    ["@langchain/community/vectorstores/pgvector", "PGVectorStore"], ["@langchain/qdrant", "QdrantVectorStore"], ["@langchain/community/vectorstores/supabase", "SupabaseVectorStore"],
    ["@langchain/community/vectorstores/faiss", "FaissStore"], ["@langchain/community/vectorstores/hnswlib", "HNSWLib"], ["@langchain/weaviate", "WeaviateStore"],
    ["@langchain/mongodb", "MongoDBAtlasVectorSearch"], ["@langchain/redis", "RedisVectorStore"], ["@langchain/community/vectorstores/neon", "NeonPostgres"],
  ].flatMap(([module, exportName]) => [
    { kind: "lc-vectorstore", module: module ?? "", exportName: exportName ?? "", how: "new" as const },
    { kind: "lc-vectorstore-class", module: module ?? "", exportName: exportName ?? "", how: "value" as const },
  ]),
  { kind: "pinecone", module: "@pinecone-database/pinecone", exportName: "Pinecone", how: "new" },
  { kind: "chroma", module: "chromadb", exportName: "ChromaClient", how: "new" },
  { kind: "chroma", module: "chromadb", exportName: "CloudClient", how: "new" },
  { kind: "qdrant", module: "@qdrant/js-client-rest", exportName: "QdrantClient", how: "new" },
  { kind: "supabase", module: "@supabase/supabase-js", exportName: "createClient", how: "call" },
  { kind: "mcp-client", module: "@modelcontextprotocol/sdk/client/index.js", exportName: "Client", how: "new" },
  { kind: "mcp-client", module: "@modelcontextprotocol/sdk/client/index", exportName: "Client", how: "new" },
  // openai-edge (older Next.js templates): `openai.createChatCompletion(…)` answers with a fetch Response.
  { kind: "openai-edge", module: "openai-edge", exportName: "OpenAIApi", how: "new" },
  // LlamaIndex: `Settings.llm.chat(…)`; an index's retriever gives nodes whose content is retrieved.
  { kind: "li-settings", module: "llamaindex", exportName: "Settings", how: "value" },
  { kind: "li-index-class", module: "llamaindex", exportName: "VectorStoreIndex", how: "value" },
  // Other people's text: web search APIs, GitHub issues and pull requests, document loaders, browsed pages.
  { kind: "tavily", module: "@tavily/core", exportName: "tavily", how: "call" },
  { kind: "exa", module: "exa-js", exportName: "default", how: "new" },
  { kind: "exa", module: "exa-js", exportName: "Exa", how: "new" },
  { kind: "octokit", module: "@octokit/rest", exportName: "Octokit", how: "new" },
  // Messages and documents other people wrote: Slack, Gmail, Notion.
  { kind: "slack", module: "@slack/web-api", exportName: "WebClient", how: "new" },
  { kind: "googleapis", module: "googleapis", exportName: "google", how: "value" },
  { kind: "notion", module: "@notionhq/client", exportName: "Client", how: "new" },
  { kind: "octokit", module: "octokit", exportName: "Octokit", how: "new" },
  // Chat bots: their handlers receive what the chat's users write (request-sources.ts).
  { kind: "slack-bolt", module: "@slack/bolt", exportName: "App", how: "new" },
  { kind: "discord-client", module: "discord.js", exportName: "Client", how: "new" },
  { kind: "telegram-bot", module: "grammy", exportName: "Bot", how: "new" },
  { kind: "telegram-bot", module: "telegraf", exportName: "Telegraf", how: "new" },
  { kind: "telegram-bot-api", module: "node-telegram-bot-api", exportName: "default", how: "new" },
  { kind: "octokit", module: "@octokit/core", exportName: "Octokit", how: "new" },
  { kind: "octokit", module: "@actions/github", exportName: "getOctokit", how: "call" },
  { kind: "octokit", module: "@octokit/action", exportName: "Octokit", how: "new" },
  // Probot apps get their client as `context.octokit`: a file importing Probot makes GitHub calls by their shape.
  { kind: "octokit", module: "probot", exportName: "ProbotOctokit", how: "new" },
  // Azure AI Search: the documents an index holds.
  { kind: "azure-search", module: "@azure/search-documents", exportName: "SearchClient", how: "new" },
  ...[
    ["@langchain/community/document_loaders/web/cheerio", "CheerioWebBaseLoader"], ["@langchain/community/document_loaders/web/puppeteer", "PuppeteerWebBaseLoader"],
    ["@langchain/community/document_loaders/web/playwright", "PlaywrightWebBaseLoader"], ["@langchain/community/document_loaders/web/recursive_url", "RecursiveUrlLoader"],
    ["@langchain/community/document_loaders/web/github", "GithubRepoLoader"], ["@langchain/community/document_loaders/web/sitemap", "SitemapLoader"],
    ["@langchain/community/document_loaders/web/firecrawl", "FireCrawlLoader"], ["@langchain/community/document_loaders/web/pdf", "WebPDFLoader"],
    ["@langchain/community/document_loaders/fs/pdf", "PDFLoader"], ["@langchain/community/document_loaders/fs/docx", "DocxLoader"],
    ["@langchain/community/document_loaders/fs/csv", "CSVLoader"], ["@langchain/community/document_loaders/fs/notion", "NotionLoader"],
    ["langchain/document_loaders/fs/text", "TextLoader"], ["langchain/document_loaders/fs/json", "JSONLoader"], ["langchain/document_loaders/fs/directory", "DirectoryLoader"],
    ["langchain/document_loaders/web/cheerio", "CheerioWebBaseLoader"], ["langchain/document_loaders/fs/pdf", "PDFLoader"],
  ].map(([module, exportName]) => ({ kind: "lc-loader", module: module ?? "", exportName: exportName ?? "", how: "new" as const })),
  { kind: "pw-browser-type", module: "playwright", exportName: "chromium", how: "value" },
  { kind: "pw-browser-type", module: "playwright", exportName: "firefox", how: "value" },
  { kind: "pw-browser-type", module: "playwright", exportName: "webkit", how: "value" },
  { kind: "pw-browser-type", module: "playwright-core", exportName: "chromium", how: "value" },
  { kind: "pw-browser-type", module: "puppeteer", exportName: "default", how: "value" },
  // ssh2 and node-ssh: a client that runs commands on another host.
  { kind: "ssh", module: "ssh2", exportName: "Client", how: "new" },
  { kind: "ssh", module: "node-ssh", exportName: "NodeSSH", how: "new" },
  // Playwright's HTTP client: `request.newContext()` sends requests as the API tests of a browser server do.
  ...["playwright", "playwright-core", "@playwright/test"].map((module) => ({ kind: "pw-request", module, exportName: "request", how: "value" as const })),
  { kind: "pw-browser-type", module: "puppeteer-core", exportName: "default", how: "value" },
  { kind: "fetch", module: "<global>", exportName: "fetch", how: "value" },
  // A browser extension's view of the pages it visits: what its scripts read there and send back.
  { kind: "webext", module: "<global>", exportName: "chrome", how: "value" },
  { kind: "webext", module: "<global>", exportName: "browser", how: "value" },
  { kind: "webext", module: "webextension-polyfill", exportName: "default", how: "value" },
  // Server-side fetch implementations answer like the global one.
  { kind: "fetch", module: "node-fetch", exportName: "default", how: "value" },
  { kind: "fetch", module: "cross-fetch", exportName: "default", how: "value" },
  { kind: "fetch", module: "undici", exportName: "fetch", how: "value" },
  // Models that run in the page: WebLLM (OpenAI's API shape), transformers.js pipelines, the browser's Prompt API.
  ...["CreateMLCEngine", "CreateWebWorkerMLCEngine", "CreateServiceWorkerMLCEngine", "CreateExtensionServiceWorkerMLCEngine"].map((exportName) => ({ kind: "openai", module: "@mlc-ai/web-llm", exportName, how: "call" as const })),
  ...["MLCEngine", "WebWorkerMLCEngine", "ServiceWorkerMLCEngine"].map((exportName) => ({ kind: "openai", module: "@mlc-ai/web-llm", exportName, how: "new" as const })),
  ...["@huggingface/transformers", "@xenova/transformers"].map((module) => ({ kind: "hf-pipeline", module, exportName: "pipeline", how: "call" as const })),
  ...["LanguageModel", "Summarizer", "Writer", "Rewriter", "Translator"].map((exportName) => ({ kind: "prompt-api", module: "<global>", exportName, how: "value" as const })),
  { kind: "prompt-api-root", module: "<global>", exportName: "ai", how: "value" },
  { kind: "axios", module: "axios", exportName: "default", how: "value" },
  // NestJS's HttpService wraps axios: the same requests, answered through an Observable.
  { kind: "axios", module: "@nestjs/axios", exportName: "HttpService", how: "new" },
  { kind: "openapi-fetch", module: "openapi-fetch", exportName: "default", how: "call" },
  { kind: "axios", module: "axios", exportName: "*", how: "value" },
];

const openAiChat: ShapeSpec = [
  "choices[].message.content",
  "choices[].message.refusal",
  "choices[].message.tool_calls[].function.arguments",
  "choices[].message.tool_calls[].function.name",
  "choices[].message.function_call.arguments",
  "choices[].message.parsed:data",
  "choices[].text",
  "@iter.choices[].delta.content",
  "@iter.choices[].delta.tool_calls[].function.arguments",
];
const openAiResponse: ShapeSpec = [
  "output_text",
  "output_parsed:data",
  "output[].content[].text",
  "output[].arguments",
  "output[].summary[].text",
  "@iter.delta",
  "@iter.text",
  "@iter.arguments",
];
const anthropicMessage: ShapeSpec = ["content[].text", "content[].input:data", "@iter.delta.text", "@iter.delta.partial_json"];
const anthropicStream: ShapeSpec = [
  ...anthropicMessage,
  ...anthropicMessage.filter((p) => !p.startsWith("@iter")).map((p) => `finalMessage().${p}`),
  "finalText()",
  "on:text",
  "textStream.@iter",
];
const aiMessage: ShapeSpec = ["content", "text", "tool_calls[].args:data", "additional_kwargs.tool_calls[].function.arguments"];
const googleGenAi: ShapeSpec = ["text", "candidates[].content.parts[].text", "candidates[].content.parts[].functionCall.args:data", "functionCalls[].args:data"];
const googleLegacyResponse: ShapeSpec = ["text()", "candidates[].content.parts[].text", "functionCalls()[].args:data"];
const ollamaChat: ShapeSpec = ["message.content", "message.tool_calls[].function.arguments:data", "@iter.message.content"];
const ollamaGenerate: ShapeSpec = ["response", "@iter.response"];
const mistralChat: ShapeSpec = ["choices[].message.content", "choices[].message.toolCalls[].function.arguments", "@iter.data.choices[].delta.content"];
/** The fields read from an HTTP response that has a chat completion's shape (OpenAI, Anthropic, Gemini, Ollama JSON). */
const completionJson: ShapeSpec = [
  "choices[].message.content",
  "choices[].message.tool_calls[].function.arguments",
  "choices[].text",
  "choices[].delta.content",
  "content[].text",
  "content[].input:data",
  "candidates[].content.parts[].text",
  "message.content",
  "output_text",
  "output[].content[].text",
];

const generateTextResult: ShapeSpec = ["text", "reasoningText", "toolCalls[].args:data", "toolCalls[].input:data", "steps[].text", "steps[].toolCalls[].args:data", "steps[].toolCalls[].input:data", "content[].text", "response.messages:data"];
const streamTextResult: ShapeSpec = ["text", "textStream.@iter", "fullStream.@iter.text", "fullStream.@iter.textDelta", "fullStream.@iter.delta", "fullStream.@iter.input:data", "fullStream.@iter.args:data", "toolCalls[].args:data", "toolCalls[].input:data", "steps[].text"];

export const memberCalls: readonly MemberCall[] = [
  { kind: "openai", path: ["chat", "completions", "create"], returns: openAiChat },
  { kind: "openai", path: ["chat", "completions", "parse"], returns: openAiChat },
  { kind: "openai", path: ["beta", "chat", "completions", "parse"], returns: openAiChat },
  { kind: "openai", path: ["chat", "completions", "stream"], returns: [...openAiChat, "finalContent()", "on:content", ...openAiChat.filter((p) => !p.startsWith("@iter")).map((p) => `finalChatCompletion().${p}`)] },
  { kind: "openai", path: ["beta", "chat", "completions", "stream"], returns: [...openAiChat, "finalContent()", "on:content"] },
  { kind: "openai", path: ["completions", "create"], returns: ["choices[].text", "@iter.choices[].text"] },
  { kind: "openai", path: ["responses", "create"], returns: openAiResponse },
  { kind: "openai", path: ["responses", "parse"], returns: openAiResponse },
  { kind: "openai", path: ["responses", "stream"], returns: [...openAiResponse, "finalResponse().output_text"] },
  // openai@3, still common: responses are wrapped in an axios `data` field.
  { kind: "openai-v3", path: ["createChatCompletion"], returns: ["data.choices[].message.content", "data.choices[].message.function_call.arguments"] },
  { kind: "openai-v3", path: ["createCompletion"], returns: ["data.choices[].text"] },
  { kind: "anthropic", path: ["messages", "create"], returns: anthropicMessage },
  { kind: "chatgpt-api", path: ["sendMessage"], returns: ["text"] },
  { kind: "anthropic", path: ["beta", "messages", "create"], returns: anthropicMessage },
  { kind: "anthropic", path: ["messages", "stream"], returns: anthropicStream },
  { kind: "anthropic", path: ["beta", "messages", "stream"], returns: anthropicStream },
  { kind: "google-genai", path: ["models", "generateContent"], returns: googleGenAi },
  { kind: "google-genai", path: ["models", "generateContentStream"], returns: googleGenAi.map((p) => `@iter.${p}`) },
  { kind: "google-genai", path: ["chats", "create"], produces: "google-genai-chat" },
  { kind: "google-genai-chat", path: ["sendMessage"], returns: googleGenAi },
  { kind: "google-genai-chat", path: ["sendMessageStream"], returns: googleGenAi.map((p) => `@iter.${p}`) },
  { kind: "google-generative-ai", path: ["getGenerativeModel"], produces: "gemini-model" },
  { kind: "gemini-model", path: ["generateContent"], returns: googleLegacyResponse.map((p) => `response.${p}`) },
  { kind: "gemini-model", path: ["generateContentStream"], returns: [...googleLegacyResponse.map((p) => `stream.@iter.${p}`), ...googleLegacyResponse.map((p) => `response.${p}`)] },
  { kind: "gemini-model", path: ["startChat"], produces: "gemini-chat" },
  { kind: "gemini-chat", path: ["sendMessage"], returns: googleLegacyResponse.map((p) => `response.${p}`) },
  { kind: "gemini-chat", path: ["sendMessageStream"], returns: [...googleLegacyResponse.map((p) => `stream.@iter.${p}`), ...googleLegacyResponse.map((p) => `response.${p}`)] },
  { kind: "ollama", path: ["chat"], returns: ollamaChat },
  { kind: "ollama", path: ["generate"], returns: ollamaGenerate },
  { kind: "mistral", path: ["chat", "complete"], returns: mistralChat },
  { kind: "mistral", path: ["chat", "stream"], returns: mistralChat },
  { kind: "mistral", path: ["agents", "complete"], returns: mistralChat },
  { kind: "mistral", path: ["fim", "complete"], returns: mistralChat },
  { kind: "cohere", path: ["chat"], returns: ["text", "toolCalls[].parameters:data"] },
  { kind: "cohere", path: ["chatStream"], returns: ["@iter.text"] },
  { kind: "cohere", path: ["generate"], returns: ["generations[].text"] },
  { kind: "cohere-v2", path: ["chat"], returns: ["message.content[].text", "message.toolCalls[].function.arguments"] },
  { kind: "cohere-v2", path: ["chatStream"], returns: ["@iter.delta.message.content.text"] },
  { kind: "bedrock", path: ["send"], command: "ConverseCommand", returns: ["output.message.content[].text", "output.message.content[].toolUse.input:data"] },
  { kind: "bedrock", path: ["send"], command: "ConverseStreamCommand", returns: ["stream.@iter.contentBlockDelta.delta.text"] },
  { kind: "bedrock", path: ["send"], command: "InvokeModelCommand", returns: ["body:data"] },
  { kind: "bedrock", path: ["send"], command: "InvokeModelWithResponseStreamCommand", returns: ["body.@iter.chunk.bytes:data"] },
  { kind: "bedrock", path: ["converse"], returns: ["output.message.content[].text", "output.message.content[].toolUse.input:data"] },
  { kind: "lc-chat-model", path: ["invoke"], returns: aiMessage },
  { kind: "lc-chat-model", path: ["stream"], returns: aiMessage.map((p) => `@iter.${p}`) },
  { kind: "lc-chat-model", path: ["batch"], returns: aiMessage.map((p) => `[].${p}`) },
  { kind: "lc-chat-model", path: ["call"], returns: aiMessage },
  { kind: "lc-chat-model", path: ["predict"], returns: [""] },
  { kind: "lc-chat-model", path: ["pipe"], produces: "lc-runnable" },
  { kind: "lc-chat-model", path: ["bindTools"], produces: "lc-chat-model" },
  { kind: "lc-chat-model", path: ["bind"], produces: "lc-chat-model" },
  { kind: "lc-chat-model", path: ["withConfig"], produces: "lc-chat-model" },
  { kind: "lc-chat-model", path: ["withRetry"], produces: "lc-chat-model" },
  { kind: "lc-chat-model", path: ["withStructuredOutput"], produces: "lc-structured" },
  { kind: "lc-llm", path: ["invoke"], returns: [""] },
  { kind: "lc-llm", path: ["stream"], returns: ["@iter"] },
  { kind: "lc-llm", path: ["pipe"], produces: "lc-runnable" },
  { kind: "lc-llm", path: ["predict"], returns: [""] },
  { kind: "lc-llm", path: ["call"], returns: [""] },
  { kind: "lc-runnable", path: ["predict"], returns: [""] },
  { kind: "lc-structured", path: ["invoke"], returns: [":data"] },
  { kind: "lc-structured", path: ["pipe"], produces: "lc-runnable" },
  { kind: "lc-runnable", path: ["invoke"], returns: [":data"] },
  { kind: "lc-runnable", path: ["stream"], returns: ["@iter:data"] },
  { kind: "lc-runnable", path: ["batch"], returns: ["[]:data"] },
  { kind: "lc-runnable", path: ["call"], returns: [":data"] },
  { kind: "lc-runnable", path: ["run"], returns: [":data"] },
  { kind: "lc-runnable", path: ["pipe"], produces: "lc-runnable" },
  { kind: "lc-agent", path: ["invoke"], returns: ["output", "messages[].content", "messages[].tool_calls[].args:data", "structuredResponse:data"] },
  { kind: "lc-agent", path: ["stream"], returns: ["@iter:data"] },
  { kind: "lc-agent", path: ["call"], returns: ["output"] },
  // Agents that hold their instructions and loop over tools themselves: the AI SDK's, Mastra's.
  { kind: "ai-agent", path: ["generate"], returns: generateTextResult },
  { kind: "ai-agent", path: ["stream"], returns: streamTextResult },
  { kind: "mastra-agent", path: ["generate"], returns: ["text", "object:data", "toolCalls[].args:data"] },
  { kind: "mastra-agent", path: ["stream"], returns: ["text", "textStream.@iter", "fullStream.@iter.text"] },
  { kind: "fetch", path: [], returns: ["json():completion"] },
  { kind: "hf-pipeline", path: [], returns: ["[].generated_text", "[].generated_text[].content", "[].summary_text", "[].translation_text"] },
  { kind: "prompt-api", path: ["create"], produces: "prompt-session" },
  ...["languageModel", "summarizer", "writer", "rewriter"].map((name) => ({ kind: "prompt-api-root", path: [name, "create"], produces: "prompt-session" })),
  ...["prompt", "summarize", "write", "rewrite", "translate"].map((name) => ({ kind: "prompt-session", path: [name], returns: [""] })),
  ...["promptStreaming", "summarizeStreaming", "writeStreaming", "rewriteStreaming", "translateStreaming"].map((name) => ({ kind: "prompt-session", path: [name], returns: ["@iter"] })),
  // Retrieved content: documents, search hits, web pages and other tools' results, headed for prompts.
  { kind: "fetch", path: [], returns: ["text()"], category: "retrieved" },
  { kind: "webext", path: ["scripting", "executeScript"], returns: ["[].result:data"], category: "retrieved" },
  { kind: "webext", path: ["tabs", "executeScript"], returns: ["[]:data"], category: "retrieved" },
  { kind: "webext", path: ["tabs", "sendMessage"], returns: [":data"], category: "retrieved" },
  // JSON a request reads (a search API's hits, an article, another service's records); a model API's answer is not retrieved.
  { kind: "fetch", path: [], returns: ["json():data"], category: "retrieved", readsData: true },
  ...[["get"], ["post"], ["request"], []].map((path) => ({ kind: "axios", path, returns: ["data:data"], category: "retrieved" as const, readsData: true as const })),
  { kind: "lc-vectorstore", path: ["asRetriever"], produces: "lc-retriever" },
  ...["fromDocuments", "fromTexts", "fromExistingIndex", "fromExistingCollection", "initialize", "load"].map((name) => ({ kind: "lc-vectorstore-class", path: [name], produces: "lc-vectorstore" })),
  ...["similaritySearch", "maxMarginalRelevanceSearch"].map((name) => ({ kind: "lc-vectorstore", path: [name], returns: ["[].pageContent", "[].metadata:data"], category: "retrieved" as const, distinctive: true })),
  { kind: "lc-vectorstore", path: ["similaritySearchWithScore"], returns: ["[][].pageContent", "[][].metadata:data"], category: "retrieved", distinctive: true },
  { kind: "lc-retriever", path: ["invoke"], returns: ["[].pageContent", "[].metadata:data"], category: "retrieved" },
  { kind: "lc-retriever", path: ["getRelevantDocuments"], returns: ["[].pageContent", "[].metadata:data"], category: "retrieved", distinctive: true },
  { kind: "lc-retriever", path: ["batch"], returns: ["[][].pageContent"], category: "retrieved" },
  { kind: "pinecone", path: ["index"], produces: "pinecone-index" },
  { kind: "pinecone", path: ["Index"], produces: "pinecone-index" },
  { kind: "pinecone-index", path: ["namespace"], produces: "pinecone-index" },
  { kind: "pinecone-index", path: ["query"], returns: ["matches[].metadata:data"], category: "retrieved" },
  { kind: "pinecone-index", path: ["searchRecords"], returns: ["result.hits[].fields:data"], category: "retrieved" },
  ...["getCollection", "getOrCreateCollection", "createCollection"].map((name) => ({ kind: "chroma", path: [name], produces: "chroma-collection" })),
  { kind: "chroma-collection", path: ["query"], returns: ["documents[][]", "metadatas[][]:data"], category: "retrieved" },
  { kind: "qdrant", path: ["search"], returns: ["[].payload:data"], category: "retrieved" },
  { kind: "qdrant", path: ["query"], returns: ["points[].payload:data"], category: "retrieved" },
  { kind: "supabase", path: ["rpc"], returns: ["data[]:data", "data:data", "@builder"], category: "retrieved" },
  ...["createChatCompletion", "createCompletion"].map((name) => ({ kind: "openai-edge", path: [name], returns: ["json():completion"] })),
  { kind: "li-settings", path: ["llm", "chat"], returns: ["message.content"] },
  { kind: "li-settings", path: ["llm", "complete"], returns: ["text"] },
  ...["fromDocuments", "init", "fromVectorStore"].map((name) => ({ kind: "li-index-class", path: [name], produces: "li-index" })),
  { kind: "li-index", path: ["asRetriever"], produces: "li-retriever" },
  { kind: "li-retriever", path: ["retrieve"], returns: ["[].node.getContent()", "[].node.text"], category: "retrieved" },
  { kind: "tavily", path: ["search"], returns: ["results[].content", "results[].rawContent", "results[].title", "answer"], category: "retrieved" },
  { kind: "tavily", path: ["extract"], returns: ["results[].rawContent"], category: "retrieved" },
  ...["search", "searchAndContents", "findSimilar", "findSimilarAndContents", "getContents"].map((name) => ({ kind: "exa", path: [name], returns: ["results[].text", "results[].highlights[]", "results[].summary", "results[].title"], category: "retrieved" as const })),
  { kind: "exa", path: ["answer"], returns: ["answer"], category: "retrieved" },
  { kind: "azure-search", path: ["search"], returns: ["results.@iter.document:data", "results[].document:data"], category: "retrieved" },
  // GitHub: what anyone can write in an issue, a pull request or a comment.
  ...[[], ["rest"]].flatMap((prefix) => [
    { kind: "octokit", path: [...prefix, "issues", "get"], returns: ["data.body", "data.title"], category: "retrieved" as const },
    { kind: "octokit", path: [...prefix, "issues", "listComments"], returns: ["data[].body"], category: "retrieved" as const },
    { kind: "octokit", path: [...prefix, "issues", "listForRepo"], returns: ["data[].body", "data[].title"], category: "retrieved" as const },
    { kind: "octokit", path: [...prefix, "pulls", "get"], returns: ["data.body", "data.title"], category: "retrieved" as const },
    { kind: "octokit", path: [...prefix, "pulls", "listReviewComments"], returns: ["data[].body"], category: "retrieved" as const },
    // The code a pull request's author wrote: its diff, file by file or between two commits.
    { kind: "octokit", path: [...prefix, "pulls", "listFiles"], returns: ["data[].patch"], category: "retrieved" as const },
    { kind: "octokit", path: [...prefix, "pulls", "listCommits"], returns: ["data[].commit.message"], category: "retrieved" as const },
    { kind: "octokit", path: [...prefix, "repos", "compareCommits"], returns: ["data.files[].patch", "data.commits[].commit.message"], category: "retrieved" as const },
    { kind: "octokit", path: [...prefix, "repos", "compareCommitsWithBasehead"], returns: ["data.files[].patch", "data.commits[].commit.message"], category: "retrieved" as const },
    { kind: "octokit", path: [...prefix, "repos", "getContent"], returns: ["data.content"], category: "retrieved" as const },
  ]),
  ...["history", "replies"].map((name) => ({ kind: "slack", path: ["conversations", name], returns: ["messages[].text"], category: "retrieved" as const, conversation: true as const })),
  // The `client` Slack Bolt hands its handlers: `app.event("app_mention", async ({ client }) => client.conversations.history(…))`.
  ...["history", "replies"].map((name) => ({ kind: "slack-bolt-args", path: ["client", "conversations", name], returns: ["messages[].text"], category: "retrieved" as const, conversation: true as const })),
  { kind: "googleapis", path: ["gmail"], produces: "gmail" },
  { kind: "gmail", path: ["users", "messages", "get"], returns: ["data.snippet", "data.payload.body.data", "data.payload.parts[].body.data", "data.payload.parts[].parts[].body.data"], category: "retrieved" },
  { kind: "gmail", path: ["users", "threads", "get"], returns: ["data.messages[].snippet", "data.messages[].payload.body.data", "data.messages[].payload.parts[].body.data"], category: "retrieved" },
  { kind: "notion", path: ["blocks", "children", "list"], returns: ["results[].paragraph.rich_text[].plain_text", "results[].heading_1.rich_text[].plain_text", "results[].heading_2.rich_text[].plain_text", "results[].bulleted_list_item.rich_text[].plain_text"], category: "retrieved" },
  { kind: "notion", path: ["pages", "retrieve"], returns: ["properties:data"], category: "retrieved" },
  { kind: "lc-loader", path: ["load"], returns: ["[].pageContent", "[].metadata:data"], category: "retrieved" },
  { kind: "lc-loader", path: ["loadAndSplit"], returns: ["[].pageContent", "[].metadata:data"], category: "retrieved" },
  { kind: "pw-browser-type", path: ["launch"], produces: "pw-browser" },
  { kind: "pw-browser-type", path: ["connect"], produces: "pw-browser" },
  { kind: "pw-browser", path: ["newContext"], produces: "pw-browser" },
  { kind: "pw-browser", path: ["newPage"], produces: "pw-page" },
  { kind: "pw-request", path: ["newContext"], produces: "pw-api" },
  ...["content", "innerText", "textContent", "innerHTML"].map((name) => ({ kind: "pw-page", path: [name], returns: [""], category: "retrieved" as const })),
  // What a script run in the page reads there and returns (`page.evaluate(() => document.body.innerText)`).
  ...["evaluate", "$eval", "$$eval"].map((name) => ({ kind: "pw-page", path: [name], returns: [":data"], category: "retrieved" as const })),
  { kind: "mcp-client", path: ["readResource"], returns: ["contents[].text"], category: "retrieved" },
  { kind: "mcp-client", path: ["getPrompt"], returns: ["messages[].content.text"], category: "retrieved" },
  { kind: "mcp-client", path: ["callTool"], returns: ["content[].text", "structuredContent:data"], category: "retrieved" },
  { kind: "axios", path: ["post"], returns: ["data:completion"] },
  { kind: "axios", path: ["get"], returns: ["data:completion"] },
  { kind: "axios", path: ["request"], returns: ["data:completion"] },
  { kind: "axios", path: [], returns: ["data:completion"] },
  { kind: "axios", path: ["create"], produces: "axios" },
  { kind: "axios", path: ["axiosRef"], produces: "axios" },
];

const withoutStreaming = (spec: ShapeSpec): ShapeSpec => spec.filter((p) => !p.startsWith("@iter"));
const openAiMessage: ShapeSpec = withoutStreaming(openAiChat).filter((p) => p.startsWith("choices[].message.")).map((p) => p.slice("choices[].message.".length));

export const typedKinds: readonly TypedKind[] = [
  ...kindOrigins.filter((origin) => origin.how === "new").map((origin) => ({ kind: origin.kind, module: origin.module, typeName: origin.exportName })),
  ...["BaseChatModel", "SimpleChatModel", "BaseLanguageModel", "BaseLanguageModelInterface"].map((typeName) => ({ kind: "lc-chat-model", module: "@langchain/core/language_models", typeName })),
  ...["BaseLLM", "LLM"].map((typeName) => ({ kind: "lc-llm", module: "@langchain/core/language_models", typeName })),
  { kind: "li-index", module: "llamaindex", typeName: "VectorStoreIndex" },
  // Browser automation handed around typed: `page: Page`, `apiContext: APIRequestContext`.
  ...["playwright", "playwright-core", "@playwright/test"].flatMap((module) => [{ kind: "pw-page", module, typeName: "Page" }, { kind: "pw-api", module, typeName: "APIRequestContext" }]),
  // Retrievers and stores handed in as parameters, typed with LangChain's interfaces.
  ...["VectorStoreRetriever", "VectorStoreRetrieverInterface"].map((typeName) => ({ kind: "lc-retriever", module: "@langchain/core/vectorstores", typeName })),
  ...["BaseRetriever", "BaseRetrieverInterface"].map((typeName) => ({ kind: "lc-retriever", module: "@langchain/core/retrievers", typeName })),
  ...["VectorStore", "VectorStoreInterface", "SaveableVectorStore"].map((typeName) => ({ kind: "lc-vectorstore", module: "@langchain/core/vectorstores", typeName })),
  ...["BaseChatModel", "BaseLanguageModel"].map((typeName) => ({ kind: "lc-chat-model", module: "langchain/base_language", typeName })),
  ...["BaseChatModel"].map((typeName) => ({ kind: "lc-chat-model", module: "langchain/chat_models/base", typeName })),
  ...["LLMChain", "BaseChain", "ConversationChain"].map((typeName) => ({ kind: "lc-runnable", module: "langchain/chains", typeName })),
];

export const typedSources: readonly TypedSource[] = [
  { module: "openai", typeName: "ChatCompletion", returns: withoutStreaming(openAiChat) },
  { module: "openai", typeName: "ParsedChatCompletion", returns: withoutStreaming(openAiChat) },
  { module: "openai", typeName: "ChatCompletionMessage", returns: openAiMessage },
  { module: "openai", typeName: "ChatCompletionChunk", returns: ["choices[].delta.content", "choices[].delta.tool_calls[].function.arguments"] },
  { module: "openai", typeName: "ChatCompletionMessageToolCall", returns: ["function.arguments", "function.name"] },
  { module: "@anthropic-ai/sdk", typeName: "Message", returns: withoutStreaming(anthropicMessage) },
  { module: "@anthropic-ai/sdk", typeName: "ContentBlock", returns: ["text", "input:data"] },
  { module: "@anthropic-ai/sdk", typeName: "TextBlock", returns: ["text"] },
  { module: "@anthropic-ai/sdk", typeName: "ToolUseBlock", returns: ["input:data"] },
  { module: "ai", typeName: "GenerateTextResult", returns: generateTextResult },
  { module: "@langchain/core", typeName: "AIMessage", returns: aiMessage },
  { module: "@langchain/core", typeName: "AIMessageChunk", returns: aiMessage },
];

export const functionCalls: readonly FunctionCall[] = [
  { module: "ai", exportName: "generateText", returns: generateTextResult },
  { module: "ai", exportName: "streamText", returns: streamTextResult, optionCallbacks: aiSdkCallbacks },
  // xsai (moeru-ai): the AI SDK's shape in small packages; `onEvent` sees each text delta.
  ...["@xsai/stream-text", "xsai"].map((module) => ({ module, exportName: "streamText", returns: ["textStream.@iter", "fullStream.@iter.text", "messages[].content", "steps[].text", "text"], optionCallbacks: { onEvent: ["text", "arguments:data"], onFinish: ["text", "steps[].text"] } })),
  ...["@xsai/generate-text", "xsai"].map((module) => ({ module, exportName: "generateText", returns: ["text", "messages[].content", "steps[].text", "toolCalls[].args:data"] })),
  { module: "ai", exportName: "generateObject", returns: ["object:schema"] },
  // OpenAI Agents: `run(agent, input)` answers with the agent's final output.
  { module: "@openai/agents", exportName: "run", returns: ["finalOutput:data", "textStream.@iter"] },
  { module: "ai", exportName: "streamObject", returns: ["object:schema", "partialObjectStream.@iter:schema", "elementStream.@iter:data", "textStream.@iter"] },
  { module: "@ai-sdk/react", exportName: "useChat", returns: ["messages[].content", "messages[].parts[].text", "messages[].parts[].input:data"] },
  { module: "ai/react", exportName: "useChat", returns: ["messages[].content", "messages[].parts[].text"] },
  { module: "@ai-sdk/react", exportName: "useCompletion", returns: ["completion"] },
  ...["@assistant-ui/react", "@assistant-ui/vue"].map((module) => ({ module, exportName: "useAuiState", selectorReceives: assistantUiState })),
  // Before useAuiState: a selector per scope.
  { module: "@assistant-ui/react", exportName: "useThread", selectorReceives: ["messages[].content[].text", "messages[].content[].args:data", "messages[].content[].argsText"] },
  { module: "@assistant-ui/react", exportName: "useMessage", selectorReceives: ["content[].text", "content[].args:data", "content[].argsText"] },
  ...["useMessagePart", "useContentPart"].map((exportName) => ({ module: "@assistant-ui/react", exportName, selectorReceives: ["text", "args:data", "argsText"] })),
  // AI SDK 5's framework bindings: `new Chat({ transport })`, whose `messages` the UI renders.
  ...["@ai-sdk/vue", "@ai-sdk/svelte", "@ai-sdk/angular"].map((module) => ({ module, exportName: "Chat", construct: true as const, returns: ["messages[].parts[].text", "messages[].content"] })),
  // Vue's useChat returns refs: `messages.value` in a script, `messages` in a template.
  { module: "@ai-sdk/vue", exportName: "useChat", returns: ["messages.value[].content", "messages.value[].parts[].text", "messages[].content", "messages[].parts[].text"] },
  { module: "@ai-sdk/vue", exportName: "useCompletion", returns: ["completion.value", "completion"] },
  { module: "ai/react", exportName: "useCompletion", returns: ["completion"] },
  { module: "@ai-sdk/react", exportName: "useObject", returns: ["object:data"] },
  // CopilotKit's headless chat and LangGraph's React client: the thread's messages as they stream in.
  ...["@copilotkit/react-core", "@copilotkit/react-core/v2"].map((module) => ({ module, exportName: "useCopilotChat", returns: ["visibleMessages[].content", "messages[].content"] })),
  { module: "@langchain/langgraph-sdk/react", exportName: "useStream", returns: ["messages[].content", "messages[].content[].text", "values.messages[].content"] },
  { module: "@langchain/core/runnables", exportName: "RunnableSequence", member: "from", produces: "lc-runnable" },
  { module: "langchain/sql_db", exportName: "SqlDatabase", member: "fromDataSourceParams", produces: "lc-sql-database" },
  { module: "pdf-parse", exportName: "default", returns: ["text"], category: "retrieved" },
  { module: "mammoth", exportName: "extractRawText", returns: ["value"], category: "retrieved" },
  { module: "mammoth", exportName: "default", member: "extractRawText", returns: ["value"], category: "retrieved" },
];

/** Fields of a completion-shaped HTTP response, referenced as `:completion` in a path. */
export const completionShape: ShapeSpec = completionJson;

/**
 * JSON text parsed anywhere (a hand-rolled SSE reader over XHR, `requestUrl`, `GM_xmlhttpRequest`)
 * is a completion where it is read at a completion's own fields: OpenAI's `choices[].message.content`
 * and stream `choices[].delta.content`, Gemini's `candidates[].content.parts[].text`. Other reads of
 * parsed JSON are not model output.
 */
export const parsedCompletionShape: ShapeSpec = ["choices[].message.content", "choices[].delta.content", "choices[].text", "choices[].message.tool_calls[].function.arguments", "candidates[].content.parts[].text"];

/** Names of result fields that are never model output, even on a value that is model data as a whole. */
export const metadataFields: ReadonlySet<string> = new Set([
  "usage", "usage_metadata", "response_metadata", "id", "created", "model", "object", "system_fingerprint", "finish_reason",
  "stop_reason", "stop_sequence", "index", "role", "type", "status", "length", "lc_kwargs", "lc_serializable", "totalUsage",
  "finishReason", "warnings", "providerMetadata", "request", "headers", "statusText", "ok", "redirected",
]);

/** Where the MCP SDK's high-level server comes from: the 1.x SDK, and the split packages of its next major. */
const mcpServerModules = ["@modelcontextprotocol/sdk/server/mcp.js", "@modelcontextprotocol/sdk/server/mcp", "@modelcontextprotocol/server"];

export const toolDefinitions: readonly ToolDefinition[] = [
  { sdk: "Vercel AI SDK", callee: { modules: ["ai"], exportName: "tool", as: "call" }, handler: { property: ["execute"] }, schema: { property: ["inputSchema", "parameters"] } },
  { sdk: "Vercel AI SDK", callee: { modules: ["ai"], exportName: "dynamicTool", as: "call" }, handler: { property: ["execute"] }, schema: { property: ["inputSchema"] } },
  { sdk: "OpenAI Agents", callee: { modules: ["@openai/agents"], exportName: "tool", as: "call" }, handler: { property: ["execute"] }, schema: { property: ["parameters"] } },
  // `tool` is also exported by LangChain 1's main entry.
  { sdk: "LangChain", callee: { modules: ["@langchain/core/tools", "langchain/tools", "langchain"], exportName: "tool", as: "call" }, handler: { argument: "first" }, schema: { property: ["schema"], argumentIndex: 1 } },
  { sdk: "LangChain", callee: { modules: ["@langchain/core/tools", "langchain/tools"], exportName: "DynamicStructuredTool", as: "new" }, handler: { property: ["func"] }, schema: { property: ["schema"] } },
  { sdk: "LangChain", callee: { modules: ["@langchain/core/tools", "langchain/tools"], exportName: "DynamicTool", as: "new" }, handler: { property: ["func"] }, schema: { property: [] } },
  { sdk: "Supabase MCP utils", callee: { modules: ["@supabase/mcp-utils"], exportName: "tool", as: "call" }, handler: { property: ["execute"] }, schema: { property: ["parameters"] } },
  { sdk: "LlamaIndex", callee: { modules: ["@llamaindex/core/tools", "llamaindex"], exportName: "tool", as: "call" }, handler: { property: ["execute"] }, schema: { property: ["parameters"] } },
  { sdk: "Mastra", callee: { modules: ["@mastra/core/tools", "@mastra/core"], exportName: "createTool", as: "call" }, handler: { property: ["execute"] }, schema: { property: ["inputSchema"] }, inputField: "context" },
  { sdk: "MCP", callee: { method: "tool", receiverModules: mcpServerModules }, handler: { argument: "last" }, schema: { argument: "before-handler" } },
  { sdk: "MCP", callee: { method: "registerTool", receiverModules: mcpServerModules }, handler: { argument: "last" }, schema: { property: ["inputSchema"], argumentIndex: 1 } },
  // FastMCP: `server.addTool({ name, description, parameters: z.object(…), execute: async (args) => … })`.
  { sdk: "FastMCP", callee: { method: "addTool", receiverModules: ["fastmcp"] }, handler: { property: ["execute"] }, schema: { property: ["parameters"] } },
  // @cyanheads/mcp-ts-core (the cyanheads MCP servers): `tool("name", { description, input: z.object(…), handler(input, ctx) })`.
  { sdk: "mcp-ts-core", callee: { modules: ["@cyanheads/mcp-ts-core"], exportName: "tool", as: "call" }, handler: { property: ["handler"] }, schema: { property: ["input"], argumentIndex: 1 } },
  // tmcp (Svelte's and Storybook's MCP servers): `server.tool({ name, description, schema }, handler)`.
  { sdk: "tmcp", callee: { method: "tool", receiverModules: ["tmcp"] }, handler: { argument: "last" }, schema: { property: ["schema"], argumentIndex: 0 } },
];

export const implementedTools: readonly ImplementedTool[] = [
  { sdk: "Anthropic memory tool", modules: ["@anthropic-ai/sdk"], typeName: "MemoryToolHandlers", toolName: "memory" },
  { sdk: "OpenAI Agents", modules: ["@openai/agents", "@openai/agents-core"], typeName: "Shell", toolName: "shell", methods: ["run"] },
  { sdk: "OpenAI Agents", modules: ["@openai/agents", "@openai/agents-core"], typeName: "Editor", toolName: "apply_patch", methods: ["createFile", "updateFile", "deleteFile"] },
];

export const toolClasses: readonly ToolClass[] = [
  { sdk: "LangChain", modules: ["@langchain/", "langchain"], bases: ["StructuredTool", "Tool", "DynamicStructuredTool"], handler: "_call", name: ["name"], schema: ["schema"], withoutSchema: "text" },
  { sdk: "mcp-framework", modules: ["mcp-framework"], bases: ["MCPTool"], handler: "execute", name: ["name"], schema: ["schema"], withoutSchema: "data" },
  // Salesforce's MCP providers: `getName()`, `getConfig()` with its `inputSchema`, `exec(input)`.
  { sdk: "Salesforce MCP", modules: ["@salesforce/mcp-provider-api"], bases: ["McpTool"], handler: "exec", name: ["getName()"], schema: ["getConfig().inputSchema"], withoutSchema: "data" },
];

/**
 * Agent tools written as plain objects, whatever registers them (a project's router, a toolkit):
 * a `name`, a JSON schema of the input, and the function that runs the call.
 */
export const toolObjectShape = {
  schemaProperties: ["inputSchema", "input_schema", "parameters", "params"],
  handlerProperties: ["handler", "handle", "execute", "run", "invoke", "call", "func"],
  /** Properties holding the tool's description as MCP lists it (`{ schema: { name, inputSchema }, handle }`, playwright-mcp's `defineTool`). */
  descriptorProperties: ["schema", "definition", "spec"],
  /** Modules a schema library's schema in a tool object comes from: zod, Valibot, TypeBox. */
  schemaModules: ["zod", "zod/v4", "zod/v3", "zod/mini", "@llamaindex/core/zod", "valibot", "@sinclair/typebox", "typebox"],
  /** A module that is a tool: it exports a constant `name`, a schema under one of `schemaProperties`, and one of these functions. */
  moduleHandlerExports: ["execute", "handler", "run"],
} as const;

/**
 * Factories whose options look like a tool (an id, a schema, an `execute`) but that the app's own
 * code runs, never a model: Mastra's workflow steps.
 */
export const nonToolFactories: Catalogue["nonToolFactories"] = [
  { modules: ["@mastra/core/workflows", "@mastra/core"], exportName: "createStep" },
];

/**
 * A registration read by its shape when no SDK entry names its callee: a method called with a
 * tool's name, options holding its input schema under one of these properties, and the handler
 * (`context.accountTool("d1_database_query", { description, inputSchema }, async (input) => …)`).
 */
export const toolRegistrationShape = {
  sdk: "tool registration",
  schemaProperties: ["inputSchema", "parameters", "input_schema", "schema", "argsSchema"],
} as const;

/**
 * Where a model call takes its prompt: option names of the call's options object, by role.
 * Retrieved content in a `system` field is in the system role; elsewhere it is user content.
 */
export const promptFields = {
  system: ["system", "instructions", "additional_instructions", "systemInstruction", "preamble", "systemPrompt", "systemMessage", "stateModifier"],
  content: ["messages", "input", "contents", "prompt", "message"],
  /** Calls whose options hold instructions for a run, though they answer with no text: OpenAI's Assistants API. */
  instructionCalls: [
    { kind: "openai", path: ["beta", "threads", "createAndRun"] }, { kind: "openai", path: ["beta", "threads", "createAndRunStream"] },
    { kind: "openai", path: ["beta", "threads", "runs", "create"] }, { kind: "openai", path: ["beta", "threads", "runs", "stream"] },
    { kind: "openai", path: ["beta", "threads", "runs", "createAndPoll"] }, { kind: "openai", path: ["beta", "assistants", "create"] },
    { kind: "openai", path: ["beta", "assistants", "update"] },
  ],
  /** Model calls whose first argument is the prompt itself: `api.sendMessage(text)`, Mastra's `agent.generate(prompt)`, LangChain's `model.stream(input)`. */
  promptArgumentCalls: [
    { kind: "chatgpt-api", path: ["sendMessage"] }, { kind: "mastra-agent", path: ["generate"], messages: true }, { kind: "mastra-agent", path: ["stream"], messages: true },
    { kind: "lc-chat-model", path: ["stream"], messages: true }, { kind: "lc-llm", path: ["stream"] }, { kind: "lc-chat-model", path: ["call"], messages: true }, { kind: "lc-llm", path: ["call"] },
  ],
  /** Clients whose `messages` hold only user and assistant turns (the API refuses a system one): Anthropic's, Bedrock's Converse. */
  messagesWithoutSystemRole: ["anthropic", "bedrock"],
} as const;

/** Classes and factories that build prompts: LangChain messages and templates. */
export const promptBuilders = {
  systemMessages: [{ modules: ["@langchain/core/messages", "langchain/schema", "langchain"], exportName: "SystemMessage" }],
  userMessages: [{ modules: ["@langchain/core/messages", "langchain/schema", "langchain"], exportName: "HumanMessage" }],
  templates: [{ modules: ["@langchain/core/prompts", "langchain/prompts"], exportName: "ChatPromptTemplate" }, { modules: ["@langchain/core/prompts", "langchain/prompts"], exportName: "PromptTemplate" }],
  sequences: [{ modules: ["@langchain/core/runnables", "langchain/schema/runnable"], exportName: "RunnableSequence" }],
  templateClasses: [{ modules: ["llamaindex", "@llamaindex/core/prompts"], exportName: "PromptTemplate" }],
  /** Agents built with their instructions: `new ToolLoopAgent({ instructions })`, OpenAI Agents' and Mastra's `new Agent({ instructions })`. */
  agents: [
    { modules: ["ai"], exportName: "ToolLoopAgent" }, { modules: ["ai"], exportName: "Experimental_Agent" },
    { modules: ["@openai/agents"], exportName: "Agent" }, { modules: ["@mastra/core/agent", "@mastra/core"], exportName: "Agent" },
    { modules: ["langchain"], exportName: "createAgent" }, { modules: ["@langchain/langgraph/prebuilt"], exportName: "createReactAgent" },
  ],
  retrieverKinds: ["lc-retriever"],
  /** Chains that retrieve on their own: `fromLLM(llm, retriever, { qaTemplate })` fills the template's `{context}` with the retriever's documents. */
  retrievalChains: [
    { modules: ["langchain/chains"], exportName: "ConversationalRetrievalQAChain", templateOptions: ["qaTemplate", "qaChainOptions.prompt"] },
    { modules: ["langchain/chains"], exportName: "RetrievalQAChain", templateOptions: ["prompt"] },
  ],
} as const;
