import { Mistral } from "@mistralai/mistralai";

// Mistral keys have no prefix: found because of where the value goes.
const MISTRAL_KEY = "Vb7Xq2Lm9Rt4Kp8Wz3Nc6Hd1Fg5Js0Ya"; // expect: secret-unprefixed-api-key

export const mistral = new Mistral({ apiKey: MISTRAL_KEY });

export async function summarize(text: string): Promise<string> {
  const result = await mistral.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: `Summarize for a support agent:\n${text}` }],
  });
  const content = result.choices?.[0]?.message?.content;
  return typeof content === "string" ? content : "";
}
