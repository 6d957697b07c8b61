import { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";

// A one-off script that still carries an access key id.
export const bedrock = new BedrockRuntimeClient({
  region: "us-east-1",
  credentials: {
    accessKeyId: "AKIAQ3EGTX6RJ2MWKN7P", // expect: secret-cloud-credential
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? "",
  },
});
