// Hard negatives: documentation examples, test-mode and publishable keys, environment lookups.
import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import Stripe from "stripe";

export const docsExample = new BedrockRuntimeClient({
  credentials: { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" },
});
export const fromEnv = new BedrockRuntimeClient({
  credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? "", secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? "" },
});
export const stripeTest = new Stripe("sk_test_4eC39HqLyjWDarjtT1zdp7dc");
export const publishable = "pk_live_51H8b2cKZq3vXyZabcdEFGHijklMNOPqrs";
export const stripeFromEnv = new Stripe(process.env.STRIPE_SECRET_KEY ?? "");
export const ghPlaceholder = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
export const ghYour = "ghp_YOUR_GITHUB_TOKEN_HERE_0000000000000";
export const awsLowercase = "akiag4yhu4hazvcrqtzz";
export const awsTooShort = "AKIAG4YHU4HAZ";
export const awsInIdentifierLikeString = "AKIA_ROLE_NAME_FOR_BEDROCK_ACCESS";
