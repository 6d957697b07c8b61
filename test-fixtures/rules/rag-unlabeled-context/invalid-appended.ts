// True positives: retrieved text appended to a prompt after its first line, which labels nothing.
import { WebClient } from "@slack/web-api";
import OpenAI from "openai";

const slack = new WebClient(process.env.SLACK_BOT_TOKEN);
const openai = new OpenAI();

export async function summarizeChannel(channel: string) {
  const history = await slack.conversations.history({ channel, limit: 50 });
  let prompt = `Summarize the messages of channel <#${channel}>:`;
  for (const m of history.messages ?? []) prompt += `\n<@${m.user}> says: ${m.text}`;
  return openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: prompt }] }); // expect: rag-unlabeled-context
}
