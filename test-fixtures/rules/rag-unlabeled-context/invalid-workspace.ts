// True positives: messages and documents other people wrote (Slack, Gmail, Notion), unlabeled in prompts.
import OpenAI from "openai";
import { WebClient } from "@slack/web-api";
import { google } from "googleapis";
import { Client } from "@notionhq/client";
const openai = new OpenAI();
const slack = new WebClient(process.env.SLACK_TOKEN);
const gmail = google.gmail({ version: "v1" });
const notion = new Client({ auth: process.env.NOTION_TOKEN });
export async function a(channel: string) {
  const { messages } = await slack.conversations.history({ channel });
  return openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `Summarize: ${messages?.map((m) => m.text).join("\n")}` }] }); // expect: rag-unlabeled-context
}
export async function b(id: string) {
  const { data } = await gmail.users.messages.get({ userId: "me", id });
  return openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `Triage this e-mail: ${data.snippet}` }] }); // expect: rag-unlabeled-context
}
export async function c(block_id: string) {
  const { results } = await notion.blocks.children.list({ block_id });
  const text = results.map((r: { paragraph?: { rich_text: { plain_text: string }[] } }) => r.paragraph?.rich_text.map((t) => t.plain_text).join("")).join("\n");
  return openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `Answer from this page: ${text}` }] }); // expect: rag-unlabeled-context
}
