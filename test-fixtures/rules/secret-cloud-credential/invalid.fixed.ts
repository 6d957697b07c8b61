// True positives: cloud, source-control and payment credentials.
import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import Stripe from "stripe";
import { Octokit } from "@octokit/rest";

export const bedrock = new BedrockRuntimeClient({
  region: "us-east-1",
  credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? "" }, // expect: secret-cloud-credential
});

export const temporaryKeyId = process.env.AWS_ACCESS_KEY_ID!; // expect: secret-cloud-credential

export const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN! }); // expect: secret-cloud-credential
export const oauthToken = process.env.GITHUB_TOKEN!; // expect: secret-cloud-credential
export const appToken = process.env.GITHUB_TOKEN!; // expect: secret-cloud-credential
export const fineGrained = process.env.GITHUB_TOKEN!; // expect: secret-cloud-credential

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!); // expect: secret-cloud-credential
export const restricted = process.env.STRIPE_SECRET_KEY!; // expect: secret-cloud-credential
