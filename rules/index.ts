import type { Rule } from "../server/engine/rule";
import secretCloudCredential from "./secret-cloud-credential";
import secretLlmProviderKey from "./secret-llm-provider-key";
import secretUnprefixedApiKey from "./secret-unprefixed-api-key";

/** Every rule llmsec ships, in the order `llmsec rules` lists them. */
export const allRules: readonly Rule[] = [secretLlmProviderKey, secretCloudCredential, secretUnprefixedApiKey];
