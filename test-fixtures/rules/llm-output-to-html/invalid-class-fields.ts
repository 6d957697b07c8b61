// Methods written as arrow-function class fields (mynah-ui's card body and DOM builder): calls
// through `this.build(…)` reach their parameters like a method's.
import OpenAI from "openai";

class DomBuilder {
  build = (options: { innerHTML: string }, target: HTMLElement) => {
    target.innerHTML = options.innerHTML; // expect: llm-output-to-html
  };
}

export class CardBody {
  private readonly client = new OpenAI();
  private readonly dom = new DomBuilder();

  private renderBody = (body: string, target: HTMLElement) => {
    this.dom.build({ innerHTML: body }, target);
  };

  async show(target: HTMLElement) {
    const completion = await this.client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }] });
    this.renderBody(completion.choices[0]?.message.content ?? "", target);
  }
}
