// khoj's Obsidian plugin before its fix: a streamed chat answer (its URL held in a `let` nothing
// reassigns) appended to a field and shown raw with innerHTML. Obsidian's MarkdownRenderer
// sanitizes the HTML in what it renders (obsidian-llm-plugin's fix relies on it): not a sink.
import { MarkdownRenderer } from "obsidian";

export class ChatView {
  result = "";
  constructor(private readonly khojUrl: string) {}

  async ask(query: string, responseElement: HTMLDivElement) {
    let chatUrl = `${this.khojUrl}/api/chat?q=${encodeURIComponent(query)}&stream=true`;
    const response = await fetch(chatUrl);
    const reader = response.body?.getReader();
    const decoder = new TextDecoder();
    while (reader) {
      const { value, done } = await reader.read();
      if (done) break;
      await this.renderIncrementalMessage(responseElement, decoder.decode(value));
    }
  }

  async renderIncrementalMessage(htmlElement: HTMLDivElement, additionalMessage: string, raw = false) {
    this.result += additionalMessage;
    htmlElement.innerHTML = "";
    if (raw) htmlElement.innerHTML = this.result; // expect: llm-output-to-html
    else await MarkdownRenderer.renderMarkdown(this.result, htmlElement, "", null);
  }
}
