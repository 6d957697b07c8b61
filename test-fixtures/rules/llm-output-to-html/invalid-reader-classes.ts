// A base class that calls a method its provider subclasses override (a template method), and hands
// what it reads to a listener stored by a setter and called later as `this.onChunk(…)` (5ire's chat
// readers): the subclass's completion reaches the page through both.
import { OpenAIReader } from "./lib/readers/openai-reader";

export async function streamInto(element: HTMLElement, response: Response) {
  const reader = new OpenAIReader();
  reader.onReading((text) => {
    element.innerHTML += text; // expect: llm-output-to-html
  });
  reader.read((await response.text()).split("\n"));
}
