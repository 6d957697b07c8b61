// Registers each event's handler by reference, as bots with one module per event do.
import type { App } from "@slack/bolt";
import { execute as appMentionExecute, name as appMentionName } from "./app-mention";

export function registerEvents(app: App) {
  app.event(appMentionName, appMentionExecute);
}
