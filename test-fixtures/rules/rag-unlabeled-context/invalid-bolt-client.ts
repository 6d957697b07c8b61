// True positives: a channel's messages, read with the client Slack Bolt hands its handlers, put in a prompt as they are.
import { App } from "@slack/bolt";
import OpenAI from "openai";
const openai = new OpenAI();
const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });
app.command("/summarize", async ({ command, client, ack, respond }) => {
  await ack();
  const history = await client.conversations.history({ channel: command.channel_id, limit: 50 });
  const text = (history.messages ?? []).map((m) => m.text).join("\n");
  const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `Summarize the channel:\n${text}` }] }); // expect: rag-unlabeled-context
  await respond(completion.choices[0]?.message.content ?? "");
});
