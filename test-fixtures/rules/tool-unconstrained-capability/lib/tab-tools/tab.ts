import type * as playwright from "playwright";

/** One browser tab the server drives. */
export class Tab {
  page!: playwright.Page;

  async navigate(url: string): Promise<void> {
    await this.page.goto(url); // expect: llm-output-to-url
  }
}
