// True positives: a provider's method held bound under another name, and a system message added to a copied list.
import Koa from "koa";
import Router from "@koa/router";
import OpenAI from "openai";

interface ChatOptions { system?: string; messages: { role: "user" | "assistant" | "tool"; content: string }[] }

class OpenAIProvider {
  private openai = new OpenAI();

  async chat(options: ChatOptions) {
    const { system } = options;
    const messages = options.messages.map((m) => (m.role === "tool" ? { role: "tool" as const, content: m.content } : { role: m.role, content: m.content })); // expect: prompt-client-message-roles
    if (system) messages.unshift({ role: "system" as const, content: system }); // expect: prompt-request-in-system-prompt
    return this.openai.chat.completions.create({ model: "gpt-4o", messages: messages as never });
  }
}

class SearchChat {
  private createChat: (options: ChatOptions) => Promise<unknown>;

  constructor(provider: OpenAIProvider) {
    this.createChat = provider.chat.bind(provider);
  }

  async answer(system: string, messages: ChatOptions["messages"]) {
    return this.createChat({ system, messages });
  }
}

const router = new Router();
const searchChat = new SearchChat(new OpenAIProvider());
router.post("/api/chat", async (ctx) => {
  const { system, messages } = ctx.request.body as { system: string; messages: ChatOptions["messages"] };
  ctx.body = await searchChat.answer(system, messages);
});
new Koa().use(router.routes());
