// True positives: a pull request's text handed to calls whose first argument is the prompt.
import { ChatGPTAPI } from "chatgpt";
import { Agent } from "@mastra/core/agent";
import { openai as provider } from "@ai-sdk/openai";
import { Octokit } from "@octokit/action";

const api = new ChatGPTAPI({ apiKey: String(process.env.OPENAI_API_KEY) });
const agent = new Agent({ name: "triage", instructions: "Triage pull requests.", model: provider("gpt-4o") });
const octokit = new Octokit();

export async function review(owner: string, repo: string, pull_number: number) {
  const { data } = await octokit.pulls.get({ owner, repo, pull_number });
  await api.sendMessage(`Review this pull request:\n${data.title}\n${data.body}`); // expect: rag-unlabeled-context
  return agent.generate(`Classify: ${data.body}`); // expect: rag-unlabeled-context
}
