// True positives: what a chat's users write, in a bot's instructions.
import { App } from "@slack/bolt";
import { Client, GatewayIntentBits } from "discord.js";
import { Bot } from "grammy";
import OpenAI from "openai";
import { generateText } from "ai";
import { openai as provider } from "@ai-sdk/openai";

const openai = new OpenAI();
const slack = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });
const discord = new Client({ intents: [GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] });
const telegram = new Bot(process.env.TELEGRAM_TOKEN ?? "");

slack.event("app_mention", async ({ event, say }) => {
  const { text } = await generateText({
    model: provider("gpt-4o"),
    system: `You are helping ${event.user}. Their last words were: ${event.text}`, // expect: prompt-request-in-system-prompt
    prompt: "Reply briefly.",
  });
  await say(text);
});

discord.on("messageCreate", async (message) => {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: `Address the user as ${message.author.username}.` }, // expect: prompt-request-in-system-prompt
      { role: "user", content: message.content },
    ],
  });
  await message.reply(completion.choices[0]?.message.content ?? "");
});

telegram.on("message", async (ctx) => {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: `You chat in the group "${ctx.chat.title}".` }, // expect: prompt-request-in-system-prompt
      { role: "user", content: ctx.message.text ?? "" },
    ],
  });
  await ctx.reply(completion.choices[0]?.message.content ?? "");
});

const GROUP_PROMPT = "You are the assistant of the group {{group_name}}. Greet {{username}} by name.";

telegram.on("message:text", async (ctx) => {
  const inserts: Record<string, string> = { group_name: ctx.chat.title ?? "", username: ctx.from?.first_name ?? "" };
  const system = GROUP_PROMPT.replace(/{{(\w+)}}/g, (_match, key: string) => inserts[key] ?? ""); // expect: prompt-request-in-system-prompt
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: system },
      { role: "user", content: ctx.message.text },
    ],
  });
  await ctx.reply(completion.choices[0]?.message.content ?? "");
});
