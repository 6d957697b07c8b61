// Hard negatives: placeholders, redactions, environment lookups and look-alike strings.
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";

export const fromEnv = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
export const fromEnvAnthropic = new Anthropic({ apiKey: process.env["ANTHROPIC_API_KEY"] ?? "" });
export const ellipsis = new OpenAI({ apiKey: "sk-..." });
export const ellipsisProject = "sk-proj-...";
export const unicodeEllipsis = "sk-proj-…9fQa";
export const yourKey = "YOUR_API_KEY";
export const yourOpenAiKey = "sk-proj-YOUR_OPENAI_API_KEY_GOES_HERE_1234567890abcdefghij";
export const xs = "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
export const angle = "<api-key>";
export const repeated = "sk-proj-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
export const sequential = "sk-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUV";
export const anthropicPlaceholder = "sk-ant-api03-your-key-here-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
export const anthropicExample = "sk-ant-api03-EXAMPLEKEY0123456789EXAMPLEKEY0123456789EXAMPLEKEY0123456789EXAMPLEKEY0123456789AAAA";
export const testKey = "sk-test1234Abcd5678Efgh9012Ijkl3456Mnop7890Qrst1234";
export const dummyGroq = "gsk_dummy0123456789dummy0123456789dummy0123456789dumm";
export const fakeHf = "hf_fakeTokenForUnitTestsOnlyAbcdefghij";
export const sampleGoogle = "AIzaSyA-sample-key-for-docs-00000000000";
export const redacted = "sk-proj-REDACTED";
export const maskedInLogs = `key=${"sk-proj-"}${"*".repeat(20)}`;
export const tooShort = "sk-proj-abc123";
export const prefixOnly = "ghp_";
export const templated = `sk-${process.env.KEY_SUFFIX}`;
export const modelName = "gpt-4o-2024-08-06-preview-release";
export const hfRepo = "hf_transfer_enabled_for_large_files";
export const uuid = "123e4567-e89b-12d3-a456-426614174000";
export const sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
// A key written in a comment is not a string literal: sk-proj-TpjOnwdF9vpIJlgeP7wGp4FyGD-wmuOgZsUOL5Rl48sNdfg14vFev14NtB1DoBX_ECN7pKF2nk
export const longerThanKeyFormat = "sk-IJjMETYdT3YiiGnznFWoHbE4JihFHGXwkGi4NzYP3PUqA9esEXTRA";
