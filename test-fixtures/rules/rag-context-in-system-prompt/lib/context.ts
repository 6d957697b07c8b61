import { Pinecone, type ScoredPineconeRecord } from "@pinecone-database/pinecone";

const index = new Pinecone().index<{ chunk: string }>("docs");

/** The retrieved chunks as one string, or the records themselves: a string on one branch, objects on the other. */
export async function getContext(vector: number[], onlyText = true): Promise<string | ScoredPineconeRecord<{ chunk: string }>[]> {
  const result = await index.query({ vector, topK: 3, includeMetadata: true });
  const matches = result.matches ?? [];
  if (!onlyText) return matches;
  return matches.map((m) => m.metadata?.chunk ?? "").join("\n").substring(0, 3000);
}
