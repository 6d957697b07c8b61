// Hard negatives: stand-in credentials in a test's mocks.
import { Mistral } from "@mistralai/mistralai";

export const mockClient = new Mistral({ apiKey: "k0bqJHkRRrzIz3kw7zOUPHSxBy2yfVH7" });
export const mockHeaders = { Authorization: "Bearer cAm2JbE7AnVhm88n2FLRbPdcaI3HfhS5DaFulzR3" };
