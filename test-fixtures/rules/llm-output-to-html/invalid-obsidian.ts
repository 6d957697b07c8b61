// khoj's Obsidian plugin before its fix: a streamed chat answer (its URL held in a `let` nothing
// reassigns) appended to a field and rendered by Obsidian's MarkdownRenderer, raw HTML included.
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

  async renderIncrementalMessage(htmlElement: HTMLDivElement, additionalMessage: string) {
    this.result += additionalMessage;
    htmlElement.innerHTML = "";
    await MarkdownRenderer.renderMarkdown(this.result, htmlElement, "", null); // expect: llm-output-to-html
  }
}
