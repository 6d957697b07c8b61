// Hard negatives: a query string handed to LangChain's `invoke` is one user message, not a list with roles.
import { Controller, Get, Injectable, Query } from "@nestjs/common";
import { ChatOpenAI } from "@langchain/openai";

@Injectable()
export class SimpleChatService {
  constructor(private readonly model: ChatOpenAI) {}

  async chat(prompt: string): Promise<string> {
    return (await this.model.invoke(prompt)).content as string;
  }
}

@Controller()
export class ChatController {
  constructor(private readonly simpleChat: SimpleChatService) {}

  @Get("chat")
  chat(@Query("prompt") prompt: string): Promise<string> {
    return this.simpleChat.chat(prompt);
  }
}
