import Anthropic from "@anthropic-ai/sdk";

// The right way: the key comes from the environment.
export const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });

export async function classifyTicket(ticket: string): Promise<"billing" | "bug" | "other"> {
  const message = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 16,
    system: "Answer with exactly one word: billing, bug or other.",
    messages: [{ role: "user", content: ticket }],
  });
  const block = message.content[0];
  const label = block?.type === "text" ? block.text.trim().toLowerCase() : "";
  // Validation into a closed set: the model cannot steer what comes out.
  return label === "billing" || label === "bug" ? label : "other";
}
