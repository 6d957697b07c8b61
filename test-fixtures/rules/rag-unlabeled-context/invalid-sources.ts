// True positives: other people's text from search APIs, GitHub, loaders and browsed pages, put in prompts unlabeled.
import OpenAI from "openai";
import { tavily } from "@tavily/core";
import Exa from "exa-js";
import { Octokit } from "@octokit/rest";
import { CheerioWebBaseLoader } from "@langchain/community/document_loaders/web/cheerio";
import { chromium } from "playwright";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";

const openai = new OpenAI();
const search = tavily({ apiKey: String(process.env.TAVILY_API_KEY) });
const exa = new Exa(process.env.EXA_API_KEY);
const octokit = new Octokit();
const mcp = new Client({ name: "app", version: "1.0.0" });

export async function webAnswer(question: string) {
  const { results } = await search.search(question);
  return openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `Answer ${question} from these results: ${results.map((r) => r.content).join("\n")}` }] }); // expect: rag-unlabeled-context
}

export async function exaAnswer(question: string) {
  const found = await exa.searchAndContents(question, { text: true });
  return openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `Sources:\n${found.results.map((r) => r.text).join("\n")}\nQuestion: ${question}` }] }); // expect: rag-unlabeled-context
}

export async function triage(owner: string, repo: string, issue_number: number) {
  const { data } = await octokit.rest.issues.get({ owner, repo, issue_number });
  return openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `Label this issue: ${data.body}` }] }); // expect: rag-unlabeled-context
}

export async function summarizePage(url: string) {
  const docs = await new CheerioWebBaseLoader(url).load();
  return openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `Summarize: ${docs[0]?.pageContent}` }] }); // expect: rag-unlabeled-context
}

export async function browse(url: string) {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.goto(url);
  const text = await page.innerText("body");
  return openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `What does this page offer? ${text}` }] }); // expect: rag-unlabeled-context
}

export async function resourceAnswer(uri: string) {
  const resource = await mcp.readResource({ uri });
  return openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `Use this resource: ${resource.contents[0]?.text}` }] }); // expect: rag-unlabeled-context
}
