// A LangChain `Tool` that fetches the model's URL with node-fetch imported under the global's name
// (Flowise's WebScraperTool before GHSA-2x8m-83vc-6wv4): the import, not the global, is called.
import fetch from "node-fetch";
import { Tool } from "@langchain/core/tools";

export class WebScraperTool extends Tool { // expect: tool-unconstrained-capability
  name = "web_scraper_tool";
  description = "Scrape a web page and return its text";

  async _call(url: string): Promise<string> {
    if (!url.startsWith("http")) throw new Error("not a web URL");
    const response = await fetch(url, { redirect: "follow" }); // expect: llm-output-to-url
    return response.text();
  }
}
