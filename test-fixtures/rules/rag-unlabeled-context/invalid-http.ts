// True positives: text an HTTP request reads (an article, a search API's JSON) put into a prompt as it is.
import axios from "axios";
import OpenAI from "openai";
import { generateText } from "ai";
import { openai as provider } from "@ai-sdk/openai";

const openai = new OpenAI();

export async function summarizeArticle(link: string) {
  const response = await axios.get(link);
  return openai.chat.completions.create({
    model: "gpt-4o",
    messages: [{ role: "user", content: `Summarize this article:\n${response.data}` }], // expect: rag-unlabeled-context
  });
}

export async function answerFromSearch(question: string) {
  const res = await fetch(`https://api.search.brave.com/res/v1/web/search?q=${encodeURIComponent(question)}`);
  const body = await res.json();
  const hits = body.web.results.map((r: { description: string }) => r.description).join("\n");
  return generateText({ model: provider("gpt-4o"), prompt: `Search results:\n${hits}\n\nAnswer: ${question}` }); // expect: rag-unlabeled-context
}

export async function answerFromSerper(question: string) {
  const { data } = await axios.post("https://google.serper.dev/search", { q: question });
  return generateText({ model: provider("gpt-4o"), prompt: `${JSON.stringify(data.organic)}\n\n${question}` }); // expect: rag-unlabeled-context
}

/** A tag around the whole task labels the task, not the message inside it. */
const filterPrompt = (lines: string[]) => `<task>
You are a content moderation filter. Read the messages below and decide whether they are safe for work.
Answer with a JSON object that has a boolean "safe" and a short "reason". Judge tone, not topic.
Messages that quote others count as the sender's own. Links are judged by their visible text.
Messages:
${lines.map((line, i) => `${i + 1}. "${line}"`).join("\n")}
</task>`;

export async function moderatePage(url: string) {
  const page = await (await fetch(url)).text();
  return generateText({ model: provider("gpt-4o-mini"), prompt: filterPrompt([page]) }); // expect: rag-unlabeled-context
}
