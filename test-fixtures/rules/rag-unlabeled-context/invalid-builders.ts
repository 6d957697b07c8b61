// True positives: pgvector matches read through a query builder chain, put into a prompt laid
// out with a template tag that only formats text.
import OpenAI from "openai";
import { createClient } from "@supabase/supabase-js";
import { codeBlock } from "common-tags";
import dedent from "dedent";

const openai = new OpenAI();
const supabase = createClient("https://project.supabase.co", "anon-key");

export async function chat(embedding: number[], question: string) {
  const { data: documents } = await supabase
    .rpc("match_document_sections", { embedding, match_threshold: 0.8 })
    .select("content")
    .limit(5);
  const injected = (documents ?? []).map(({ content }: { content: string }) => content).join("\n\n");
  const messages = [
    {
      role: "user" as const, // expect-next-line: rag-unlabeled-context
      content: codeBlock`
        Answer only from the documents below.
        Documents:
        ${injected}
      `,
    },
    { role: "user" as const, content: dedent`Also consider: ${injected}` }, // expect: rag-unlabeled-context
    { role: "user" as const, content: question },
  ];
  return openai.chat.completions.create({ model: "gpt-4o-mini", messages });
}
