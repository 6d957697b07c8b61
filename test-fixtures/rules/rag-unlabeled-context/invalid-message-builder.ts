// True positives: retrieved text added to a message list kept by a builder class.
import OpenAI from "openai";
import { SearchClient, AzureKeyCredential } from "@azure/search-documents";

type Message = { role: "system" | "user" | "assistant"; content: string };

class MessageBuilder {
  messages: Message[];

  constructor(systemContent: string) {
    this.messages = [{ role: "system", content: systemContent }];
  }

  appendMessage(role: Message["role"], content: string, index = 1) {
    this.messages.splice(index, 0, { role, content });
  }
}

const openai = new OpenAI();
const search = new SearchClient<{ content: string }>("https://docs.search.windows.net", "docs", new AzureKeyCredential("key"));

export async function ask(question: string) {
  const found = await search.search(question, { top: 3 });
  const sources: string[] = [];
  for await (const result of found.results) sources.push(result.document.content);
  const builder = new MessageBuilder("Answer from the sources.");
  builder.appendMessage("user", `${question}\nSources:\n${sources.join("\n")}`);
  const messages = builder.messages;
  return openai.chat.completions.create({ model: "gpt-4o", messages }); // expect: rag-unlabeled-context
}
