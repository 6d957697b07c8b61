// Hard negatives: a bot that keeps what users write in the user role, and events that carry no user text.
import { App } from "@slack/bolt";
import { EventEmitter } from "node:events";
import OpenAI from "openai";

const openai = new OpenAI();
const slack = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });
const events = new EventEmitter();

slack.message(async ({ message, say }) => {
  const text = "text" in message ? message.text : "";
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: "You are the team's helpful assistant." },
      { role: "user", content: text ?? "" },
    ],
  });
  await say(completion.choices[0]?.message.content ?? "");
});

events.on("message", async (note: string) => {
  await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "system", content: `Internal note: ${note}` }] });
});
