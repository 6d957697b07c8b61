import type { CredentialSink, Provider, SecretPattern } from "../../server/engine/catalogue";
export const providerList: readonly Provider[] = [
  { id: "openai", name: "OpenAI", envVar: "OPENAI_API_KEY" },
  { id: "anthropic", name: "Anthropic", envVar: "ANTHROPIC_API_KEY" },
  { id: "google", name: "Google", envVar: "GOOGLE_API_KEY" },
  { id: "huggingface", name: "Hugging Face", envVar: "HF_TOKEN" },
  { id: "groq", name: "Groq", envVar: "GROQ_API_KEY" },
  { id: "xai", name: "xAI", envVar: "XAI_API_KEY" },
  { id: "replicate", name: "Replicate", envVar: "REPLICATE_API_TOKEN" },
  { id: "perplexity", name: "Perplexity", envVar: "PERPLEXITY_API_KEY" },
  { id: "openrouter", name: "OpenRouter", envVar: "OPENROUTER_API_KEY" },
  { id: "mistral", name: "Mistral", envVar: "MISTRAL_API_KEY" },
  { id: "cohere", name: "Cohere", envVar: "COHERE_API_KEY" },
  { id: "together", name: "Together AI", envVar: "TOGETHER_API_KEY" },
  { id: "deepseek", name: "DeepSeek", envVar: "DEEPSEEK_API_KEY" },
  { id: "fireworks", name: "Fireworks AI", envVar: "FIREWORKS_API_KEY" },
  { id: "pinecone", name: "Pinecone", envVar: "PINECONE_API_KEY" },
  { id: "langsmith", name: "LangSmith", envVar: "LANGSMITH_API_KEY" },
  { id: "aws", name: "AWS", envVar: "AWS_ACCESS_KEY_ID" },
  { id: "github", name: "GitHub", envVar: "GITHUB_TOKEN" },
  { id: "stripe", name: "Stripe", envVar: "STRIPE_SECRET_KEY" },
  { id: "generic", name: "API", envVar: "API_KEY" },
];

/** Key formats as the providers issue them. Alphabets and lengths are the providers' documented or observed ones. */
export const secretPatterns: readonly SecretPattern[] = [
  { provider: "anthropic", kind: "API key", prefix: "sk-ant-api03-", pattern: /^sk-ant-api03-[A-Za-z0-9_-]{80,120}$/, group: "llm" },
  { provider: "anthropic", kind: "Admin API key", prefix: "sk-ant-admin01-", pattern: /^sk-ant-admin01-[A-Za-z0-9_-]{80,120}$/, group: "llm" },
  { provider: "openrouter", kind: "API key", prefix: "sk-or-v1-", pattern: /^sk-or-v1-[a-f0-9]{64}$/, group: "llm" },
  { provider: "openai", kind: "project API key", prefix: "sk-proj-", pattern: /^sk-proj-[A-Za-z0-9_-]{40,200}$/, group: "llm" },
  { provider: "openai", kind: "service account key", prefix: "sk-svcacct-", pattern: /^sk-svcacct-[A-Za-z0-9_-]{40,200}$/, group: "llm" },
  { provider: "openai", kind: "admin key", prefix: "sk-admin-", pattern: /^sk-admin-[A-Za-z0-9_-]{40,200}$/, group: "llm" },
  { provider: "openai", kind: "API key", prefix: "sk-", pattern: /^sk-[A-Za-z0-9]{48}$/, group: "llm" },
  { provider: "deepseek", kind: "API key", prefix: "sk-", pattern: /^sk-[a-f0-9]{32}$/, group: "llm" },
  { provider: "google", kind: "API key", prefix: "AIza", pattern: /^AIza[0-9A-Za-z_-]{35}$/, group: "llm" },
  { provider: "huggingface", kind: "access token", prefix: "hf_", pattern: /^hf_[A-Za-z0-9]{34,40}$/, group: "llm" },
  { provider: "groq", kind: "API key", prefix: "gsk_", pattern: /^gsk_[A-Za-z0-9]{52}$/, group: "llm" },
  { provider: "xai", kind: "API key", prefix: "xai-", pattern: /^xai-[A-Za-z0-9]{70,90}$/, group: "llm" },
  { provider: "replicate", kind: "API token", prefix: "r8_", pattern: /^r8_[A-Za-z0-9]{37}$/, group: "llm" },
  { provider: "perplexity", kind: "API key", prefix: "pplx-", pattern: /^pplx-[A-Za-z0-9]{48}$/, group: "llm" },
  { provider: "fireworks", kind: "API key", prefix: "fw_", pattern: /^fw_[A-Za-z0-9]{24,40}$/, group: "llm" },
  { provider: "langsmith", kind: "API key", prefix: "lsv2_", pattern: /^lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}$/, group: "llm" },
  { provider: "pinecone", kind: "API key", prefix: "pcsk_", pattern: /^pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{60,70}$/, group: "llm" },
  { provider: "aws", kind: "access key id", prefix: "AKIA", pattern: /^AKIA[A-Z2-7]{16}$/, group: "cloud" },
  { provider: "aws", kind: "temporary access key id", prefix: "ASIA", pattern: /^ASIA[A-Z2-7]{16}$/, group: "cloud" },
  { provider: "github", kind: "personal access token", prefix: "ghp_", pattern: /^ghp_[A-Za-z0-9]{36}$/, group: "cloud" },
  { provider: "github", kind: "OAuth token", prefix: "gho_", pattern: /^gho_[A-Za-z0-9]{36}$/, group: "cloud" },
  { provider: "github", kind: "app token", prefix: "ghs_", pattern: /^gh[usr]_[A-Za-z0-9]{36}$/, group: "cloud" },
  { provider: "github", kind: "fine-grained token", prefix: "github_pat_", pattern: /^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/, group: "cloud" },
  { provider: "stripe", kind: "live secret key", prefix: "sk_live_", pattern: /^sk_live_[A-Za-z0-9]{24,99}$/, group: "cloud" },
  { provider: "stripe", kind: "live restricted key", prefix: "rk_live_", pattern: /^rk_live_[A-Za-z0-9]{24,99}$/, group: "cloud" },
];

const keyOptions = ["apiKey", "api_key", "token", "authToken", "auth", "accessToken"] as const;
const awsKeyOptions = ["accessKeyId", "secretAccessKey", "sessionToken"] as const;
const awsEnvVars = { accessKeyId: "AWS_ACCESS_KEY_ID", secretAccessKey: "AWS_SECRET_ACCESS_KEY", sessionToken: "AWS_SESSION_TOKEN" } as const;

/** Clients whose constructor or factory receives a key. */
export const credentialSinks: readonly CredentialSink[] = [
  { module: "openai", exportName: "default", call: "new", provider: "openai", keyOptions },
  { module: "openai", exportName: "OpenAI", call: "new", provider: "openai", keyOptions },
  { module: "openai", exportName: "AzureOpenAI", call: "new", provider: "openai", keyOptions },
  { module: "@anthropic-ai/sdk", exportName: "default", call: "new", provider: "anthropic", keyOptions },
  { module: "@anthropic-ai/sdk", exportName: "Anthropic", call: "new", provider: "anthropic", keyOptions },
  { module: "@google/genai", exportName: "GoogleGenAI", call: "new", provider: "google", keyOptions },
  { module: "@google/generative-ai", exportName: "GoogleGenerativeAI", call: "new", provider: "google", keyOptions, keyArgument: 0 },
  { module: "@mistralai/mistralai", exportName: "Mistral", call: "new", provider: "mistral", keyOptions },
  { module: "@mistralai/mistralai", exportName: "default", call: "new", provider: "mistral", keyOptions, keyArgument: 0 },
  { module: "cohere-ai", exportName: "CohereClient", call: "new", provider: "cohere", keyOptions },
  { module: "cohere-ai", exportName: "CohereClientV2", call: "new", provider: "cohere", keyOptions },
  { module: "groq-sdk", exportName: "default", call: "new", provider: "groq", keyOptions },
  { module: "groq-sdk", exportName: "Groq", call: "new", provider: "groq", keyOptions },
  { module: "together-ai", exportName: "default", call: "new", provider: "together", keyOptions },
  { module: "replicate", exportName: "default", call: "new", provider: "replicate", keyOptions },
  { module: "@huggingface/inference", exportName: "HfInference", call: "new", provider: "huggingface", keyOptions, keyArgument: 0 },
  { module: "@huggingface/inference", exportName: "InferenceClient", call: "new", provider: "huggingface", keyOptions, keyArgument: 0 },
  { module: "@pinecone-database/pinecone", exportName: "Pinecone", call: "new", provider: "pinecone", keyOptions },
  { module: "ollama", exportName: "Ollama", call: "new", provider: "generic", keyOptions },
  { module: "@aws-sdk/client-bedrock-runtime", exportName: "BedrockRuntimeClient", call: "new", provider: "aws", keyOptions: awsKeyOptions, envVars: awsEnvVars },
  { module: "@ai-sdk/openai", exportName: "createOpenAI", call: "call", provider: "openai", keyOptions },
  { module: "@ai-sdk/anthropic", exportName: "createAnthropic", call: "call", provider: "anthropic", keyOptions },
  { module: "@ai-sdk/google", exportName: "createGoogleGenerativeAI", call: "call", provider: "google", keyOptions },
  { module: "@ai-sdk/mistral", exportName: "createMistral", call: "call", provider: "mistral", keyOptions },
  { module: "@ai-sdk/cohere", exportName: "createCohere", call: "call", provider: "cohere", keyOptions },
  { module: "@ai-sdk/groq", exportName: "createGroq", call: "call", provider: "groq", keyOptions },
  { module: "@ai-sdk/xai", exportName: "createXai", call: "call", provider: "xai", keyOptions },
  { module: "@ai-sdk/togetherai", exportName: "createTogetherAI", call: "call", provider: "together", keyOptions },
  { module: "@ai-sdk/deepseek", exportName: "createDeepSeek", call: "call", provider: "deepseek", keyOptions },
  { module: "@ai-sdk/perplexity", exportName: "createPerplexity", call: "call", provider: "perplexity", keyOptions },
  { module: "@ai-sdk/amazon-bedrock", exportName: "createAmazonBedrock", call: "call", provider: "aws", keyOptions: awsKeyOptions, envVars: awsEnvVars },
  { module: "@openrouter/ai-sdk-provider", exportName: "createOpenRouter", call: "call", provider: "openrouter", keyOptions },
  { module: "@langchain/openai", exportName: "ChatOpenAI", call: "new", provider: "openai", keyOptions: [...keyOptions, "openAIApiKey"] },
  { module: "@langchain/openai", exportName: "OpenAIEmbeddings", call: "new", provider: "openai", keyOptions: [...keyOptions, "openAIApiKey"] },
  { module: "@langchain/anthropic", exportName: "ChatAnthropic", call: "new", provider: "anthropic", keyOptions: [...keyOptions, "anthropicApiKey"] },
  { module: "@langchain/google-genai", exportName: "ChatGoogleGenerativeAI", call: "new", provider: "google", keyOptions },
  { module: "@langchain/mistralai", exportName: "ChatMistralAI", call: "new", provider: "mistral", keyOptions },
  { module: "@langchain/cohere", exportName: "ChatCohere", call: "new", provider: "cohere", keyOptions },
  { module: "@langchain/groq", exportName: "ChatGroq", call: "new", provider: "groq", keyOptions },
];

/** HTTP header names (lower case) whose value is a credential. */
export const credentialHeaders: ReadonlySet<string> = new Set(["authorization", "x-api-key", "api-key", "x-goog-api-key", "x-auth-token"]);

/**
 * Environment variable names that read as a credential (`STRIPE_SECRET_KEY`, `GITHUB_TOKEN`,
 * `DB_PASSWORD`, `DATABASE_URL`), and names that only look like one (`MAX_TOKENS`,
 * `TOKEN_LIMIT`, `PUBLIC_KEY`, `AWS_ACCESS_KEY_ID`).
 */
export const credentialEnvNames = {
  reads: /(?:^|_)(?:SECRET|SECRETS|PASSWORD|PASSWD|PASS|PWD|TOKEN|CREDENTIALS?|PRIVATE_KEY|API_?KEY|ACCESS_KEY|AUTH|KEY)(?:_|$)|(?:^|_)(?:DATABASE|DB|MONGO|MONGODB|POSTGRES|PG|MYSQL|REDIS)_(?:URL|URI)$|(?:^|_)(?:CONNECTION_STRING|DSN)$/i,
  excludes: /(?:^|_)(?:MAX|MIN|LIMIT|LIMITS|COUNT|LENGTH|SIZE|BUDGET|TTL|EXPIRY|EXPIRES|TIMEOUT|PUBLIC|ID|NAME|HEADER|TYPE|PATH|FILE|URL_PUBLIC|ENABLED)(?:_|$)/i,
} as const;
