// True positive: retrieval behind a tsconfig path alias (`@/lib/context`), a result that is text
// or records depending on a flag, and a system message spread into the call.
import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { getContext } from "@/lib/context";

export async function POST(req: Request) {
  const { messages, vector } = (await req.json()) as { messages: { role: "user"; content: string }[]; vector: number[] };
  const context = await getContext(vector);
  const prompt = [
    {
      role: "system", // expect-next-line: rag-context-in-system-prompt, rag-unlabeled-context
      content: `You are a helpful assistant.
      START CONTEXT BLOCK
      ${context}
      END OF CONTEXT BLOCK`,
    },
  ];
  const result = streamText({ model: openai("gpt-4o"), messages: [...prompt, ...messages] as never });
  return result.toTextStreamResponse();
}
