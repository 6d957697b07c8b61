// True positives: other people's text from review bots' and services' clients, put into prompts as it is.
import OpenAI from "openai";
import { Probot } from "probot";
import { SearchClient, AzureKeyCredential } from "@azure/search-documents";
import { HttpService } from "@nestjs/axios";
import { firstValueFrom } from "rxjs";
import { Injectable } from "@nestjs/common";

const openaiClient = new OpenAI();

export default (app: Probot) => {
  app.on("pull_request.opened", async (context) => {
    const { data } = await context.octokit.pulls.listFiles({ owner: "o", repo: "r", pull_number: 1 });
    const patch = data.map((f) => f.patch).join("\n");
    await openaiClient.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `Review this diff:\n${patch}` }] }); // expect: rag-unlabeled-context
  });
};

const search = new SearchClient<{ content: string }>("https://x.search.windows.net", "docs", new AzureKeyCredential("k"));
export async function ask(q: string) {
  const found = await search.search(q, { top: 3 });
  const parts: string[] = [];
  for await (const result of found.results) parts.push(result.document.content);
  return openaiClient.chat.completions.create({ model: "gpt-4o", messages: [{ role: "system", content: `Sources:\n${parts.join("\n")}` }, { role: "user", content: q }] }); // expect: rag-context-in-system-prompt, rag-unlabeled-context
}

@Injectable()
export class ApiService {
  constructor(private readonly httpService: HttpService) {}

  async answer(question: string) {
    const response = await firstValueFrom(this.httpService.get("https://api.example.org/articles"));
    const articles = JSON.stringify(response.data);
    return openaiClient.chat.completions.create({ model: "gpt-4o", messages: [{ role: "system", content: `API data: ${articles}` }, { role: "user", content: question }] }); // expect: rag-context-in-system-prompt, rag-unlabeled-context
  }
}
