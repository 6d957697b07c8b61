// The context a bot's tools receive, declared once for the whole project.
import type { WebClient } from "@slack/web-api";

export interface BotContext {
  client: WebClient;
  channel: string;
}
