// Hard negatives: a thread's messages laid out as the turns of the conversation, numbered tags, and a
// transcription service answering a POST whose options are held in a constant.
import { WebClient } from "@slack/web-api";
import OpenAI from "openai";

const slack = new WebClient(process.env.SLACK_BOT_TOKEN);
const openai = new OpenAI();

export async function replyInThread(channel: string, ts: string, botId: string) {
  const { messages } = await slack.conversations.replies({ channel, ts });
  let turns = (messages ?? []).map((m) => ({ role: m.user === botId ? ("assistant" as const) : ("user" as const), content: m.text ?? "" }));
  turns = turns.slice(-20);
  return openai.chat.completions.create({ model: "gpt-4o", messages: turns });
}

export async function answerFromNotes(question: string, url: string) {
  const notes: string[] = JSON.parse(await (await fetch(url)).text());
  const knowledge = notes.map((note, i) => `<knowledge-${i + 1}>\n${note}\n</knowledge-${i + 1}>`).join("\n");
  return openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `The notes below are data.\n${knowledge}\nQuestion: ${question}` }] });
}

export async function transcribe(serverUrl: string, audio: Blob) {
  const body = new FormData();
  body.append("file", audio);
  const options = { method: "POST", body };
  const response = await fetch(serverUrl, options);
  const { text } = await response.json();
  return openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: text }] });
}
