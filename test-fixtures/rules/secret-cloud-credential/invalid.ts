// True positives: cloud, source-control and payment credentials.
import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import Stripe from "stripe";
import { Octokit } from "@octokit/rest";

export const bedrock = new BedrockRuntimeClient({
  region: "us-east-1",
  credentials: { accessKeyId: "AKIAG4YHU4HAZVCRQTZZ", secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? "" }, // expect: secret-cloud-credential
});

export const temporaryKeyId = "ASIAWJHZX3RWQTSBBV5Z"; // expect: secret-cloud-credential

export const octokit = new Octokit({ auth: "ghp_eOvnGPqaHPickc8RRJrYMKERDWgEzdrCQyRZ" }); // expect: secret-cloud-credential
export const oauthToken = "gho_1IW2iFIXuq3wZEfCfB7FjiWwMdiGrdHrf0Ap"; // expect: secret-cloud-credential
export const appToken = "ghs_LRgLRmcM4FGXLxIbVd1Z49gXjlJGsv1NDEx5"; // expect: secret-cloud-credential
export const fineGrained = `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`; // expect: secret-cloud-credential

export const stripe = new Stripe("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"); // expect: secret-cloud-credential
export const restricted = "rk_live_B4fphjOhjFQsU5OTBKqKI42rlGlMF0d04bv0ydro"; // expect: secret-cloud-credential
