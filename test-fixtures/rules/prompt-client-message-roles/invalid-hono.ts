// Hono with a validator that lets any message through.
import { Hono } from "hono";
import { zValidator } from "@hono/zod-validator";
import { z } from "zod";
import { streamText, convertToModelMessages, type UIMessage } from "ai";
import { openai } from "@ai-sdk/openai";

const app = new Hono();
const chatBody = z.object({ messages: z.array(z.any()) });

app.post("/chat", zValidator("json", chatBody), async (c) => {
  const { messages } = c.req.valid("json");
  const result = streamText({ model: openai("gpt-4o"), system: "You are the Acme assistant.", messages: convertToModelMessages(messages as UIMessage[]) }); // expect: prompt-client-message-roles
  return result.toUIMessageStreamResponse();
});
