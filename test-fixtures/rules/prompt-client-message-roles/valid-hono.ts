// Hono with a validator that closes the roles (theopenco/llmchat's fix).
import { Hono } from "hono";
import { zValidator } from "@hono/zod-validator";
import { z } from "zod";
import { streamText, convertToModelMessages, type UIMessage } from "ai";
import { openai } from "@ai-sdk/openai";

const app = new Hono();
const chatBody = z.object({ messages: z.array(z.looseObject({ role: z.enum(["user", "assistant"]) })) });

app.post("/chat", zValidator("json", chatBody), async (c) => {
  const { messages } = c.req.valid("json");
  const result = streamText({ model: openai("gpt-4o"), system: "You are the Acme assistant.", messages: convertToModelMessages(messages as unknown as UIMessage[]) });
  return result.toUIMessageStreamResponse();
});
